using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// The tables behind <c>/flows</c>: the diagram's links and the lanes. A class of static members rather than a static
/// class, since its type names its translations.
/// </summary>
public sealed class FlowTables
{
    private FlowTables()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<FlowTables>();

    /// <summary>The diagram's title as the downloads give it (its table's caption, and the downloaded SVG's title).</summary>
    public static string Caption(DayRange range) => Text["Parcel flows, parcels created {0} (CST days)", range.Label];

    public static ChartTable Links(FlowFigures f) => new(
        Caption(f.Range),
        [Text["stage"], Text["from"], Text["to"], Text["parcels"], Text["first_attempts"], Text["on_time_pct"], Text["median_transit_hours"]],
        f.Links.Select(l => (IReadOnlyList<string>)
            [Stage(l.Stage), Label(f, l.SourceId), Label(f, l.TargetId), ChartTable.Number(l.Parcels),
             ChartTable.Number(l.FirstAttempts), ChartTable.Percent(l.OnTimeRate), ChartTable.Hours(l.MedianTransit)]).ToList());

    public static ChartTable Lanes(FlowFigures f) => new(
        Text["Lanes, parcels created {0} (CST days)", f.Range.Label],
        [Text["lane"], Text["origin"], Text["destination"], Text["cross_border"], Text["parcels"], Text["share_pct"], Text["on_time_pct"],
         Text["median_transit_hours"], Text["delivered"]],
        f.Lanes.Select(l => (IReadOnlyList<string>)
            [l.Code, l.Origin, l.Destination, l.CrossBorder ? Text["yes"] : Text["no"], ChartTable.Number(l.Parcels), ChartTable.Percent(l.Share),
             ChartTable.Percent(l.OnTimeRate), ChartTable.Hours(l.MedianTransit), ChartTable.Number(l.Delivered)]).ToList());

    /// <summary>A link's stage: its key in English (pickup, domestic, handover, abroad), its name in Chinese.</summary>
    private static string Stage(FlowStage stage) => stage switch
    {
        FlowStage.Pickup => Text["pickup"],
        FlowStage.Domestic => Text["domestic"],
        FlowStage.Handover => Text["handover"],
        _ => Text["abroad"],
    };

    private static string Label(FlowFigures f, string id) => f.Nodes.FirstOrDefault(n => n.Id == id)?.Label ?? id;
}
