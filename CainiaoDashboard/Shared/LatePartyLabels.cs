using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Shared;

/// <summary>How each party a parcel's lateness is counted against is named on pages, in addresses and in exports.</summary>
public static class LatePartyLabels
{
    public static string Label(LateParty party) => Labels.Of(party switch
    {
        LateParty.Partner => "Hand-over partner",
        _ => party.ToString(),
    });

    /// <summary>The address and export value: <c>customs</c>, <c>recipient</c>, …</summary>
    public static string Key(LateParty party) => party.ToString().ToLowerInvariant();

    /// <summary>What each party stands for, for tooltips.</summary>
    public static string Meaning(LateParty party) => Labels.Of(party switch
    {
        LateParty.Shipper => "late hand-over to the courier, or a shipper exception",
        LateParty.Courier => "the courier's pick-up, linehaul, sorting or delivery beyond plan",
        LateParty.Partner => "the hand-over partner's last mile or delivery beyond plan",
        LateParty.Customs => "customs holds and customs time beyond plan",
        LateParty.Recipient => "not home, refused, no access, address problems, pick-up not collected",
        _ => "weather and force majeure exceptions",
    });
}
