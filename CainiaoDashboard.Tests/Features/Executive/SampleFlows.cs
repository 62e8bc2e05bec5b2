using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;

namespace CainiaoDashboard.Tests.Features.Executive;

/// <summary>A small flow diagram: East China through Hangzhou, 120 parcels to South China and 80 handed to USPS.</summary>
internal static class SampleFlows
{
    public static readonly DayRange Range = DayRange.ForPreset("7d", OperationsCalendar.DayOf(new DateOnly(2026, 11, 20)));

    public static readonly FlowLink Domestic = new("h:HGH", "d:CN-SOUTH", FlowStage.Domestic, 120, 100, 70, 90,
        TimeSpan.FromHours(30), "/parcels?lane=CN-EAST:CN-SOUTH&origin-hub=HGH", "Hangzhou hub → South China");

    public static readonly FlowLink Handover = new("h:HGH", "p:USPS", FlowStage.Handover, 80, 0, 0, 0,
        null, "/parcels?lane=CN-EAST:US&origin-hub=HGH", "Hangzhou hub → USPS");

    public static readonly FlowFigures Figures = new(Range,
        [
            new("r:CN-EAST", FlowColumn.OriginRegion, "East China", "East China (origin)", 200, "/parcels?region=CN-EAST"),
            new("h:HGH", FlowColumn.Hub, "HGH", "Hangzhou hub", 200, "/parcels?origin-hub=HGH"),
            new("p:USPS", FlowColumn.Partner, "USPS", "USPS (hand-over)", 80, "/parcels?carrier=USPS"),
            new("d:CN-SOUTH", FlowColumn.DestinationRegion, "South China", "South China (destination)", 120, "/parcels?region=CN-SOUTH"),
        ],
        [
            new("r:CN-EAST", "h:HGH", FlowStage.Pickup, 200, 100, 70, 90, TimeSpan.FromHours(40), "/parcels?region=CN-EAST&origin-hub=HGH", "East China → Hangzhou hub"),
            Domestic,
            Handover,
        ],
        [], 200);
}
