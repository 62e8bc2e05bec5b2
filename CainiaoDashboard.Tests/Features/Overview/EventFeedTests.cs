using System.Globalization;
using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Live;
using Microsoft.Extensions.DependencyInjection;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class EventFeedTests : MudTestContext
{
    public EventFeedTests() => Services.AddSingleton<SharedMarkup>();

    [Fact]
    public void Shows_the_ten_latest_updates_of_the_filtered_carrier()
    {
        var events = Enumerable.Range(0, 12).Select(i => Event($"ZT{i:D4}", minute: 59 - i))
            .Prepend(Event("ST0001", minute: 59, carrier: Sto))
            .ToList();

        var cut = RenderFeed(events, OverviewFilter.Parse("ZTO", null, null).Filter);

        var shown = cut.FindAll("[data-testid=event-feed] li").Select(li => li.GetAttribute("data-tracking")).ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"ZT{i:D4}"), shown);
    }

    [Fact]
    public void An_update_reads_time_in_the_chosen_zone_carrier_status_and_hub_and_links_to_the_parcel()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = DashboardCulture.Default;
        try
        {
            var cut = RenderFeed([Event("ZT0001", minute: 3)], zone: DisplayTimeZones.FromKey("UTC"));

            var item = cut.Find("li[data-tracking=ZT0001]");
            Assert.Equal("07:03:05 UTC", item.QuerySelector("time")!.TextContent);
            Assert.Equal("ZTO", item.QuerySelector(".feed-carrier")!.TextContent);
            Assert.Equal("Arrived at hub", item.QuerySelector(".feed-status")!.TextContent);
            Assert.Equal("HGH", item.QuerySelector(".feed-hub")!.TextContent);
            Assert.Equal("/parcels/ZT0001", item.QuerySelector("a.feed-tracking")!.GetAttribute("href"));
            Assert.Equal("ARR: 到达 杭州", item.GetAttribute("title"));
            Assert.Contains("times in Coordinated Universal Time", cut.Find(".widget-title").TextContent);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void In_chinese_an_update_reads_its_status_and_zone_in_chinese_and_its_time_in_24_hours()
    {
        using var culture = CultureScope.Chinese();
        var cut = RenderFeed([Event("ZT0001", minute: 3)], zone: DisplayTimeZones.FromKey("UTC"));

        var item = cut.Find("li[data-tracking=ZT0001]");
        Assert.Equal("07:03:05 UTC", item.QuerySelector("time")!.TextContent);
        Assert.Equal("到达分拨中心", item.QuerySelector(".feed-status")!.TextContent);
        Assert.Contains("最新状态更新", cut.Find(".widget-title").TextContent);
        Assert.Contains("时间为协调世界时", cut.Find(".widget-title").TextContent);
        Assert.Equal("暂停", cut.Find("[data-testid=feed-pause]").TextContent.Trim());
    }

    [Fact]
    public void Roles_without_parcel_access_see_tracking_numbers_without_links()
    {
        var cut = RenderFeed([Event("ZT0001", minute: 3)], linkToParcels: false);

        Assert.Null(cut.Find("a.feed-tracking").GetAttribute("href"));
    }

    [Fact]
    public void Pause_holds_new_updates_back_until_resume()
    {
        var first = Event("ZT0001", minute: 1);
        var cut = RenderFeed([first]);
        var button = cut.Find("button[data-testid=feed-pause]");
        Assert.Equal("false", button.GetAttribute("aria-pressed"));

        button.Click();
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("button[data-testid=feed-pause]").GetAttribute("aria-pressed")));
        cut.Render(p => p.Add(f => f.Events, [Event("ZT0002", minute: 2), first]));

        Assert.Contains("Resume", cut.Find("button[data-testid=feed-pause]").TextContent);
        Assert.Contains("Paused: new updates are held back", cut.Find(".feed-paused").TextContent);
        Assert.Equal(["ZT0001"], Tracking(cut));

        cut.Find("button[data-testid=feed-pause]").Click();

        cut.WaitForAssertion(() => Assert.Equal(["ZT0002", "ZT0001"], Tracking(cut)));
        Assert.Equal("false", cut.Find("button[data-testid=feed-pause]").GetAttribute("aria-pressed"));
        Assert.Empty(cut.FindAll(".feed-paused"));
    }

    [Fact]
    public void Without_updates_it_says_so()
    {
        var cut = RenderFeed([]);

        Assert.Contains("No status updates received", cut.Find(".empty-note").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=event-feed]"));
    }

    private IRenderedComponent<EventFeed> RenderFeed(
        IReadOnlyList<LiveEvent> events, OverviewFilter? filter = null, DisplayTimeZones.Zone? zone = null, bool linkToParcels = true) =>
        Render<EventFeed>(p => p
            .Add(f => f.Events, events)
            .Add(f => f.Filter, filter ?? OverviewFilter.All)
            .Add(f => f.Zone, zone ?? DisplayTimeZones.ChinaStandardTime)
            .Add(f => f.LinkToParcels, linkToParcels));

    private static List<string?> Tracking(IRenderedComponent<EventFeed> cut) =>
        cut.FindAll("[data-testid=event-feed] li").Select(li => li.GetAttribute("data-tracking")).ToList();

    private static LiveEvent Event(string trackingNumber, int minute, int? carrier = null) =>
        new(new DateTime(2026, 11, 18, 7, minute, 5, DateTimeKind.Utc), carrier ?? Zto, trackingNumber,
            ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub, "ARR", "到达 杭州", Hangzhou);
}
