using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// A KPI's title and formula in the reader's language, by its stable name: the figures are computed once for every page
/// whatever its language (<see cref="SharedOverviewFigures"/>), the words are the page's.
/// </summary>
public static class KpiTexts
{
    private static readonly IStringLocalizer Text = Translations.For(typeof(KpiTexts));

    public static string Title(string name) => Of(name).Title;

    /// <summary>How the figure is worked out (the formulas of DESIGN.md), shown as the card's tooltip.</summary>
    public static string Formula(string name) => Of(name).Formula;

    private static (string Title, string Formula) Of(string name) => name switch
    {
        OverviewCalculator.Names.InFlight => (Text["Parcels in flight"],
            Text["Parcels picked up or announced and not yet delivered, returned or cancelled."]),
        OverviewCalculator.Names.DeliveredToday => (Text["Delivered today"],
            Text["Parcels delivered since midnight China Standard Time."]),
        OverviewCalculator.Names.OnTimeRateToday => (Text["On-time delivery rate today"],
            Text["Parcels whose first delivery attempt was on or before the original promised time ÷ parcels with a first attempt today. A failed attempt counts as an attempt."]),
        OverviewCalculator.Names.SlaBreaches => (Text["Open SLA breaches"],
            Text["Parcels past their promised time and not yet delivered."]),
        OverviewCalculator.Names.ExceptionRate => (Text["Exception rate (24 h)"],
            Text["Parcels with at least one exception ÷ parcels tracked, over the last 24 hours."]),
        OverviewCalculator.Names.FirstAttemptRate => (Text["First-attempt delivery rate (24 h)"],
            Text["Parcels delivered on the first attempt ÷ parcels with at least one attempt, over the last 24 hours."]),
        OverviewCalculator.Names.ComplaintsPer10kToday => (Text["Complaints per 10k parcels today"],
            Text["Complaints opened today ÷ parcels created today × 10,000."]),
        OverviewCalculator.Names.Stalled => (Text["Stalled parcels"],
            Text["In-flight parcels with no scan for longer than their service's usual longest gap between scans, counted from the next whole hour."]),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such KPI."),
    };
}
