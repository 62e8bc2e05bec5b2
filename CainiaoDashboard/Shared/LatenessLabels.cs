using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Shared;

public static class LatenessLabels
{
    public static string Of(Lateness lateness) => Labels.Of(English(lateness));

    public static string English(Lateness lateness) => lateness switch
    {
        Lateness.OnTrack => "On track",
        Lateness.AtRisk => "At risk",
        Lateness.Late => "Late",
        _ => "Early",
    };
}
