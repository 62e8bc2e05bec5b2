using Bunit;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class AlertsPanelTests : MudTestContext
{
    private const int HangzhouHub = 1;
    private const int Zto = 1;

    private static readonly OperationsAlert Backlog = new("hub-backlog-HGH", HealthLevel.Critical, AlertReason.HubBacklogAbove,
        "Hangzhou sorting centre", 3412, 400, null, 6.25, ParcelListFilter.Of(ParcelView.InFlight) with { HubId = HangzhouHub });

    private static readonly OperationsAlert Stalled = new("stalled-surge", HealthLevel.Warning, AlertReason.StalledSurge,
        null, 1620, 1500, null, null, ParcelListFilter.Of(ParcelView.Stalled));

    private static readonly OperationsAlert LateCarrier = new("carrier-on-time-ZTO", HealthLevel.Critical, AlertReason.CarrierOnTimeBelow,
        "ZTO Express (Zhongtong)", 0.8126, 0.9, 1234, null, ParcelListFilter.Of(ParcelView.Late) with { CarrierId = Zto });

    [Theory]
    [InlineData("en-GB", "0 active", "All clear")]
    [InlineData("zh-CN", "0 条告警", "一切正常")]
    public void Without_alerts_it_says_all_is_clear(string language, string count, string clear)
    {
        using var culture = CultureScope.Of(language);
        var cut = RenderPanel([], parcels => parcels.ToUrl());

        Assert.Contains(count, cut.Find(".widget-title").TextContent);
        Assert.Contains(clear, cut.Find("[data-testid=alerts-clear]").TextContent);
        Assert.Empty(cut.FindAll(".alert-item"));
    }

    [Fact]
    public void Each_alert_links_to_its_parcels_and_names_its_level_in_words()
    {
        using var culture = CultureScope.English();
        var cut = RenderPanel([Backlog, Stalled, LateCarrier], parcels => parcels.ToUrl());

        Assert.Contains("3 active", cut.Find(".widget-title").TextContent);
        var critical = cut.Find("li[data-alert=hub-backlog-HGH]");
        Assert.Contains("alert-critical", critical.ClassList);
        Assert.Equal("/parcels?view=inflight&hub=HGH", critical.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Critical: Hangzhou sorting centre: backlog of 3,412 parcels", critical.QuerySelector("strong")!.TextContent);
        Assert.Contains("Above the 400 threshold; estimated dwell 6.3 h.", critical.TextContent);
        var warning = cut.Find("li[data-alert=stalled-surge]");
        Assert.Contains("alert-warning", warning.ClassList);
        Assert.Equal("Warning: Surge of stalled parcels: 1,620", warning.QuerySelector("strong")!.TextContent);
        Assert.Contains("Above the 1,500 threshold.", warning.TextContent);
        var carrier = cut.Find("li[data-alert=carrier-on-time-ZTO]");
        Assert.Equal("Critical: ZTO Express (Zhongtong): on-time rate 81.3% today", carrier.QuerySelector("strong")!.TextContent);
        Assert.Contains("Below the 90% threshold over 1,234 first attempts.", carrier.TextContent);
    }

    [Fact]
    public void In_chinese_the_alerts_name_carriers_and_hubs_by_their_chinese_names_with_the_same_figures()
    {
        using var culture = CultureScope.Chinese();
        var cut = RenderPanel([Backlog, Stalled, LateCarrier], parcels => parcels.ToUrl());

        Assert.StartsWith("告警", cut.Find(".widget-title").TextContent.Trim());
        Assert.Contains("3 条告警", cut.Find(".widget-title").TextContent);
        Assert.Equal("严重：杭州分拨中心：积压 3,412 件", cut.Find("li[data-alert=hub-backlog-HGH] strong").TextContent);
        Assert.Contains("高于 400 的阈值；预计停留 6.3 小时。", cut.Find("li[data-alert=hub-backlog-HGH]").TextContent);
        Assert.Equal("警告：滞留件激增：1,620 件", cut.Find("li[data-alert=stalled-surge] strong").TextContent);
        Assert.Equal("严重：中通快递：今日准时率 81.3%", cut.Find("li[data-alert=carrier-on-time-ZTO] strong").TextContent);
        Assert.Contains("低于 90% 的阈值（共 1,234 次首次投递）。", cut.Find("li[data-alert=carrier-on-time-ZTO]").TextContent);
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
