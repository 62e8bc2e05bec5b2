using System.Globalization;
using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Parcels;

public sealed class ParcelTimelineTests : MudTestContext
{
    private static readonly DateTime At = new(2026, 11, 20, 7, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Each_zone_has_one_label_style_a_Shanghai_hub_reads_CST_like_the_page_and_dates_follow_the_culture()
    {
        TimelineEvent[] events =
        [
            new(1, At, At, "ZTO", ParcelStatus.InfoReceived, ParcelSubStatus.None, "CREATE", "订单已创建", null, null, null),
            new(2, At.AddHours(2), At, "ZTO", ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub, "ARRIVAL", "快件已到达【杭州转运中心】", "HGH", "Hangzhou sorting centre", "Asia/Shanghai"),
            new(3, At.AddHours(20), At, "USPS", ParcelStatus.InTransit, ParcelSubStatus.ArrivedDestinationCountry, "ARRIVED_COUNTRY", "Arrived", "LAX", "Los Angeles gateway", "America/Los_Angeles"),
        ];

        var rows = InDashboardCulture(() => Render<ParcelTimeline>(p => p.Add(t => t.Events, events).Add(t => t.Zone, DisplayTimeZones.ChinaStandardTime))
            .FindAll("tr[data-event-id]").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToArray()).ToList());

        Assert.Equal(["2026-11-20 15:30 CST", "2026-11-20 07:30 UTC", "Info received", "CREATE", "订单已创建", "—", "ZTO"], rows[0]);
        Assert.Equal(["2026-11-20 17:30 CST", "2026-11-20 09:30 UTC"], rows[1][..2]);
        Assert.Equal(["2026-11-20 19:30 UTC−08:00", "2026-11-21 03:30 UTC", "ARRIVED_COUNTRY", "LAX", "USPS"], [rows[2][0], rows[2][1], rows[2][3], rows[2][5], rows[2][6]]);
    }

    [Theory]
    [InlineData("en-GB", "Local time|UTC|Status|Carrier code|Carrier text|Hub|Carrier", "Info received", "Hangzhou sorting centre")]
    [InlineData("zh-CN", "当地时间|UTC|状态|承运商代码|承运商描述|分拨中心|承运商", "已下单", "杭州分拨中心")]
    public void The_headers_statuses_and_hub_names_are_in_the_readers_language_and_times_in_iso_order_in_either(
        string language, string headers, string status, string hub)
    {
        using var scope = CultureScope.Of(language);
        TimelineEvent[] events =
        [
            new(1, At, At, "ZTO", ParcelStatus.InfoReceived, ParcelSubStatus.None, "CREATE", "订单已创建", null, null, null),
            new(2, At.AddHours(2), At, "ZTO", ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub, "ARRIVAL", "快件已到达【杭州转运中心】", "HGH", "Hangzhou sorting centre", "Asia/Shanghai"),
        ];

        var cut = Render<ParcelTimeline>(p => p.Add(t => t.Events, events).Add(t => t.Zone, DisplayTimeZones.ChinaStandardTime));

        Assert.Equal(headers.Split('|'), cut.FindAll("thead th").Select(th => th.TextContent));
        var first = cut.FindAll("tr[data-event-id]")[0].QuerySelectorAll("td").Select(c => c.TextContent).ToArray();
        Assert.Equal(["2026-11-20 15:30 CST", "2026-11-20 07:30 UTC", status, "CREATE", "订单已创建"], first[..5]);
        Assert.Equal(hub, cut.Find("tr[data-event-id='2'] td[title]").GetAttribute("title"));
    }

    [Fact]
    public void In_chinese_a_parcel_without_scans_says_so_in_chinese()
    {
        using var scope = CultureScope.Chinese();

        var cut = Render<ParcelTimeline>(p => p.Add(t => t.Events, []).Add(t => t.Zone, DisplayTimeZones.ChinaStandardTime));

        Assert.Equal("暂无承运商事件：包裹已下单，尚未扫描。", cut.Find("[data-testid=timeline-empty]").TextContent);
    }

    [Fact]
    public void An_event_without_a_hub_is_shown_in_the_zone_the_viewer_chose()
    {
        TimelineEvent[] events = [new(1, At, At, "ZTO", ParcelStatus.InfoReceived, ParcelSubStatus.None, "CREATE", "created", null, null, null)];

        var local = InDashboardCulture(() => Render<ParcelTimeline>(p => p.Add(t => t.Events, events).Add(t => t.Zone, DisplayTimeZones.FromKey("NY")))
            .Find("[data-testid=event-local-time]").TextContent);

        Assert.Equal("2026-11-20 02:30 UTC−05:00", local);
    }

    [Fact]
    public void A_parcel_without_scans_says_so_instead_of_an_empty_table()
    {
        var cut = Render<ParcelTimeline>(p => p.Add(t => t.Events, []).Add(t => t.Zone, DisplayTimeZones.ChinaStandardTime));

        Assert.Empty(cut.FindAll("[data-testid=timeline]"));
        Assert.Contains("not scanned", cut.Find("[data-testid=timeline-empty]").TextContent);
    }

    private static T InDashboardCulture<T>(Func<T> render)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = DashboardCulture.Default;
        try
        {
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
