using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Parcels;

/// <summary>The parcel at a glance: its facts, its promise against what happened and the hubs it passed, in either language.</summary>
public sealed class ParcelSummaryTests : MudTestContext
{
    private static readonly DateTime Ordered = new(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Promised = Ordered.AddHours(36);

    [Theory]
    [InlineData("en-GB", "Delivered 1 d 2 h after the promise", "Delivered 2026-11-22 23:00 CST · 15:00 UTC", "ZTO Express (Zhongtong)", "Next-day", "Tmall", "East China → United States")]
    [InlineData("zh-CN", "晚于承诺1天2小时签收", "签收于2026-11-22 23:00 CST · 15:00 UTC", "中通快递", "次日达", "天猫", "华东 → 美国")]
    public void A_parcel_delivered_late_says_by_how_much_and_names_its_carrier_service_and_route_in_the_readers_language(
        string language, string lateness, string actual, string carrier, string service, string channel, string route)
    {
        using var scope = CultureScope.Of(language);
        var parcel = Parcel(ParcelStatus.Delivered, Lateness.Late, delivered: Promised.AddHours(26));

        var cut = Render(parcel, Promised.AddDays(3));

        Assert.Equal(lateness, Promise(cut)[4]);
        Assert.Equal(actual, cut.Find("[data-testid=actual]").TextContent);
        Assert.Contains(carrier, cut.Find("[data-testid=carrier-chain]").TextContent);
        Assert.Equal([service, channel, route], About(cut)[..3]);
    }

    [Theory]
    [InlineData("en-GB", "Overdue by 3 h 5 min", "Not delivered yet", "Dwell", "1 h 30 min so far")]
    [InlineData("zh-CN", "已逾期3小时5分钟", "尚未签收", "停留时长", "1小时30分钟（至今）")]
    public void An_open_parcel_past_its_promise_says_how_long_overdue_and_how_long_it_has_been_at_its_hub(
        string language, string lateness, string actual, string dwellHeader, string dwell)
    {
        using var scope = CultureScope.Of(language);
        var read = Promised.AddMinutes(185);
        var parcel = Parcel(ParcelStatus.InTransit, Lateness.Late, hubs: [new HubStop("HGH", "Hangzhou sorting centre", read.AddMinutes(-90), read.AddMinutes(-90), true, TimeSpan.FromMinutes(90))]);

        var cut = Render(parcel, read);

        Assert.Equal(lateness, Promise(cut)[4]);
        Assert.Equal(actual, cut.Find("[data-testid=actual]").TextContent);
        Assert.Equal(dwellHeader, cut.FindAll("[data-testid=hub-stops] thead th")[2].TextContent);
        Assert.Equal(dwell, cut.Find("[data-testid=hub-stops] tbody td.num").TextContent);
        Assert.Equal(language == "en-GB" ? "Hangzhou sorting centre" : "杭州分拨中心", cut.Find("[data-testid=hub-stops] tbody th").GetAttribute("title"));
    }

    [Theory]
    [InlineData("en-GB", "On track: due in 45 min, at risk from 2026-11-21 15:00 CST", "No carrier estimate; the promise stands")]
    [InlineData("zh-CN", "正常：距承诺时间还有45分钟，2026-11-21 15:00 CST起有逾期风险", "承运商未提供预计时间；以承诺时间为准")]
    public void An_open_parcel_on_track_says_when_it_is_due_and_when_it_turns_at_risk(string language, string lateness, string estimate)
    {
        using var scope = CultureScope.Of(language);
        var parcel = Parcel(ParcelStatus.InTransit, Lateness.OnTrack) with { AtRiskUtc = Ordered.AddHours(30) };

        var cut = Render(parcel, Promised.AddMinutes(-45));

        Assert.Equal(lateness, Promise(cut)[4]);
        Assert.Equal(estimate, Promise(cut)[2]);
    }

    private IRenderedComponent<ParcelSummary> Render(ParcelDetail parcel, DateTime read) =>
        Render<ParcelSummary>(p => p.Add(s => s.Parcel, parcel).Add(s => s.Zone, DisplayTimeZones.ChinaStandardTime).Add(s => s.ReadUtc, read));

    /// <summary>Service, channel, route, recipient.</summary>
    private static string[] About(IRenderedComponent<ParcelSummary> cut) => Facts(cut, 0);

    /// <summary>Ordered, promised, estimated, actual, lateness, attempts (no revised promise in these parcels).</summary>
    private static string[] Promise(IRenderedComponent<ParcelSummary> cut) => Facts(cut, 1);

    private static string[] Facts(IRenderedComponent<ParcelSummary> cut, int list) =>
        [.. cut.FindAll("dl.facts")[list].QuerySelectorAll("dd").Select(d => d.TextContent)];

    private static ParcelDetail Parcel(ParcelStatus status, Lateness lateness, DateTime? delivered = null, IReadOnlyList<HubStop>? hubs = null) =>
        new(1, "ZT0000000001", [new TrackingNumberLink("ZT0000000001", "ZTO", "ZTO Express (Zhongtong)", 1)], "ZTO", "NEXT_DAY", "Next-day", "Tmall",
            "East China", "United States", status, ParcelSubStatus.None, lateness, false, Ordered, Promised, Ordered.AddHours(30), null, null, null,
            delivered, null, delivered is null ? 0 : 1, "•••", "•••", "•••", [], hubs ?? [], [], [])
        {
            Attribution = LatenessAttribution.Of(new JourneyParcel(Zto, NextDay, false, Ordered, Promised), [], Promised),
        };
}
