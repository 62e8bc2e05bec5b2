using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class FlowCalculatorTests
{
    private static readonly DayRange Week = DayRange.ForPreset("7d", OperationsCalendar.DayOf(new DateOnly(2026, 11, 20)));

    // East China to North China through Hangzhou, 10 of them not picked up yet; to the US, 80 handed to USPS and 5 not yet.
    private static readonly FlowReadout Readout = new(Week, new DateTime(2026, 11, 20, 4, 0, 0, DateTimeKind.Utc),
    [
        new(EastToNorth, Hangzhou, 0, 120, 100, 70, 90),
        new(EastToNorth, 0, 0, 10, 0, 0, 0),
        new(EastToUs, Hangzhou, Usps, 80, 0, 0, 0),
        new(EastToUs, Hangzhou, 0, 5, 0, 0, 0),
    ], []);

    [Theory]
    [InlineData("en-GB", "East China (origin)", "Hangzhou sorting centre", "Awaiting pick-up", "Parcels without a pick-up scan yet",
        "USPS (hand-over partner)", "Not yet handed over", "North China (destination)")]
    [InlineData("zh-CN", "华东（始发）", "杭州分拨中心", "待揽收", "尚无揽收扫描的包裹",
        "美国邮政（交接合作承运商）", "尚未交接", "华北（目的地）")]
    public void Nodes_keep_their_codes_and_are_named_in_the_readers_language(
        string language, string origin, string hub, string awaiting, string awaitingTitle, string partner, string notHandedOver, string destination)
    {
        using var culture = CultureScope.Of(language);

        var figures = FlowCalculator.Compute(Readout);

        Assert.Equal(("CN-EAST", origin), Node(figures, "o:CN-EAST"));
        Assert.Equal(("HGH", hub), Node(figures, "h:HGH"));
        Assert.Equal((awaiting, awaitingTitle), Node(figures, "h:-"));
        Assert.Equal(("USPS", partner), Node(figures, "p:USPS"));
        Assert.Equal(notHandedOver, Node(figures, "p:-").Label);
        Assert.Equal(("CN-NORTH", destination), Node(figures, "d:CN-NORTH"));
    }

    [Theory]
    [InlineData("en-GB", "CN-EAST → picked up at HGH", "CN-EAST: awaiting pick-up", "HGH → handed over to USPS", "HGH → not yet handed over",
        "HGH → CN-NORTH", "East China", "North China")]
    [InlineData("zh-CN", "CN-EAST → 在HGH揽收", "CN-EAST：待揽收", "HGH → 交接给USPS", "HGH → 尚未交接",
        "HGH → CN-NORTH", "华东", "华北")]
    public void Links_and_lanes_are_described_in_the_readers_language(
        string language, string pickup, string awaiting, string handover, string notHandedOver, string domestic, string eastChina, string northChina)
    {
        using var culture = CultureScope.Of(language);

        var figures = FlowCalculator.Compute(Readout);

        Assert.Equal(pickup, Link(figures, "o:CN-EAST", "h:HGH"));
        Assert.Equal(awaiting, Link(figures, "o:CN-EAST", "h:-"));
        Assert.Equal(handover, Link(figures, "h:HGH", "p:USPS"));
        Assert.Equal(notHandedOver, Link(figures, "h:HGH", "p:-"));
        Assert.Equal(domestic, Link(figures, "h:HGH", "d:CN-NORTH"));
        var lane = figures.Lanes.Single(l => l.Code == "CN-EAST:CN-NORTH");
        Assert.Equal((eastChina, northChina), (lane.Origin, lane.Destination));
        Assert.Equal(215, figures.TotalParcels);
    }

    private static (string Label, string Title) Node(FlowFigures figures, string id) =>
        figures.Nodes.Single(n => n.Id == id) is var node ? (node.Label, node.Title) : default;

    private static string Link(FlowFigures figures, string source, string target) =>
        figures.Links.Single(l => l.SourceId == source && l.TargetId == target).Description;
}
