using Bunit;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class AlertsPanelTests : MudTestContext
{
    private const int HangzhouHub = 1;

    private static readonly OperationsAlert Backlog = new("hub-backlog-HGH", HealthLevel.Critical,
        "Hangzhou sorting centre: backlog of 3,412 parcels", "Above the 400 threshold", ParcelListFilter.Of(ParcelView.InFlight) with { HubId = HangzhouHub });

    private static readonly OperationsAlert Stalled = new("stalled-surge", HealthLevel.Warning,
        "1,620 stalled parcels", "Above the 1,500 threshold", ParcelListFilter.Of(ParcelView.Stalled));

    [Fact]
    public void Without_alerts_it_says_all_is_clear()
    {
        var cut = RenderPanel([], parcels => parcels.ToUrl());

        Assert.Contains("0 active", cut.Find(".widget-title").TextContent);
        Assert.Contains("All clear", cut.Find("[data-testid=alerts-clear]").TextContent);
        Assert.Empty(cut.FindAll(".alert-item"));
    }

    [Fact]
    public void Each_alert_links_to_its_parcels_and_names_its_level_in_words()
    {
        var cut = RenderPanel([Backlog, Stalled], parcels => parcels.ToUrl());

        Assert.Contains("2 active", cut.Find(".widget-title").TextContent);
        var critical = cut.Find("li[data-alert=hub-backlog-HGH]");
        Assert.Contains("alert-critical", critical.ClassList);
        Assert.Equal("/parcels?view=inflight&hub=HGH", critical.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Critical: Hangzhou sorting centre: backlog of 3,412 parcels", critical.QuerySelector("strong")!.TextContent);
        var warning = cut.Find("li[data-alert=stalled-surge]");
        Assert.Contains("alert-warning", warning.ClassList);
        Assert.StartsWith("Warning: ", warning.QuerySelector("strong")!.TextContent);
        Assert.Contains("Above the 1,500 threshold", warning.TextContent);
    }

    [Fact]
    public void For_roles_without_the_parcel_list_alerts_are_not_links()
    {
        var cut = RenderPanel([Backlog], _ => null);

        Assert.Null(cut.Find("li[data-alert=hub-backlog-HGH] a").GetAttribute("href"));
    }

    private IRenderedComponent<AlertsPanel> RenderPanel(IReadOnlyList<OperationsAlert> alerts, Func<ParcelListFilter, string?> linkFor) =>
        Render<AlertsPanel>(p => p.Add(a => a.Alerts, alerts).Add(a => a.LinkFor, linkFor));
}
