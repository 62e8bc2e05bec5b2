using System.Net;
using System.Text.Json;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// Carriers' own formats end to end: a Kuaidi100 push for ZTO parcels and a USPS Tracking 3.x notification after the
/// hand-over, posted over real HTTP, seen on the parcel pages and the overview in a real browser.
/// </summary>
public sealed class CarrierWebhooksTests(DashboardServer server, BrowserFixture browser) : PageTests<DashboardServer>(server, browser)
{
    [Fact]
    public async Task A_kuaidi100_push_moves_zto_parcels_and_a_usps_notification_continues_the_handed_over_parcels_timeline()
    {
        var ct = TestContext.Current.CancellationToken;
        var api = new WebhookApi(Server);
        // Delivered within today's operations day (China time), whenever the test runs.
        var now = DateTime.UtcNow;
        var delivered = WebhookApi.Seconds(new[] { now.AddMinutes(-30), OperationsCalendar.StartOfDayUtc(OperationsCalendar.DayOf(now)).AddSeconds(10) }.Max());
        var created = delivered.AddHours(-10);
        var domestic = await api.RegisterAsync("WH1000000001", created, crossBorder: false, ct);
        var crossBorder = await api.RegisterAsync("WH1000000002", created, crossBorder: true, ct);
        const string UspsNumber = "9400100000000000000002";
        using var zto = await CarrierApi.ClientAsync(Server, Zto, ct);
        using var usps = await CarrierApi.ClientAsync(Server, Usps, ct);

        await PostAsync(zto, "zto", "kuaidi100", $$"""
            {"status":"shutdown","billstatus":"check","message":"","lastResult":{"message":"ok","state":"3","status":"200","ischeck":"1","com":"zhongtong",
             "nu":"{{domestic}}","data":[
              {"context":"【杭州市】您的快件已签收，签收人：本人","time":"{{China(delivered)}}","ftime":"{{China(delivered)}}","status":"签收","areaCode":"330106000000"},
              {"context":"【杭州市】快递员小王正在派件","time":"{{China(delivered.AddHours(-2))}}","ftime":"{{China(delivered.AddHours(-2))}}","status":"派件","areaCode":"330106000000"},
              {"context":"【杭州市】【杭州西湖】的小王已揽收","time":"{{China(created.AddHours(1))}}","ftime":"{{China(created.AddHours(1))}}","status":"揽收","areaCode":"330106000000"}] } }
            """, ct);
        await PostAsync(zto, "zto", "kuaidi100", $$"""
            {"status":"polling","billstatus":"got","message":"","lastResult":{"message":"ok","state":"0","status":"200","com":"zhongtong","nu":"{{crossBorder}}","data":[
              {"context":"【杭州市】【杭州西湖】的小王已揽收","time":"{{China(created.AddHours(1))}}","ftime":"{{China(created.AddHours(1))}}","status":"揽收","areaCode":"330106000000"}]},
             "destResult":{"message":"ok","state":"0","status":"200","com":"usps","nu":"{{UspsNumber}}","data":[
              {"context":"Accepted at USPS Regional Facility","time":"{{China(created.AddHours(6))}}","ftime":"{{China(created.AddHours(6))}}","status":"在途"}] } }
            """, ct);
        await PostAsync(usps, "usps", "usps-v3", $$"""
            {"trackingNumber":"{{UspsNumber}}","trackingEvents":[
              {"eventType":"Out for Delivery","eventTimestamp":"{{Local(delivered.AddHours(-1), -5)}}","GMTTimestamp":"{{Utc(delivered.AddHours(-1))}}","GMTOffset":"-05:00",
               "eventCity":"BROOKLYN","eventState":"NY","eventZIP":"11201","eventCode":"OF"},
              {"eventType":"Accepted at USPS Regional Facility","eventTimestamp":"{{Local(created.AddHours(6), -8)}}","GMTTimestamp":"{{Utc(created.AddHours(6))}}","GMTOffset":"-08:00",
               "eventCity":"LOS ANGELES","eventState":"CA","eventZIP":"90009","eventCode":"03"}]}
            """, ct);

        var overview = await OpenAsync(Roles.Manager, "/");
        await Assertions.Expect(overview.Locator("[data-kpi='in_flight']")).ToHaveAttributeAsync("data-value", "1");
        await Assertions.Expect(overview.Locator("[data-kpi='delivered_today']")).ToHaveAttributeAsync("data-value", "1");

        var first = await OpenAsync(Roles.Support, $"/parcels/{domestic}");
        await Assertions.Expect(first.Locator("[data-event-id]")).ToHaveCountAsync(3);
        await Assertions.Expect(first.GetByTestId("timeline")).ToContainTextAsync("您的快件已签收");
        await Assertions.Expect(first.GetByTestId("actual")).ToContainTextAsync("Delivered");

        var handedOver = await OpenAsync(Roles.Support, $"/parcels/{UspsNumber}");
        var timeline = handedOver.GetByTestId("timeline");
        await Assertions.Expect(timeline.Locator("[data-event-id]")).ToHaveCountAsync(4);
        await Assertions.Expect(timeline.Locator("[data-raw-code='destResult']")).ToContainTextAsync($"Handed over to usps {UspsNumber}");
        await Assertions.Expect(timeline.Locator("[data-raw-code='OF']")).ToContainTextAsync("USPS");
        await Assertions.Expect(handedOver.GetByTestId("carrier-chain")).ToContainTextAsync(UspsNumber);
    }

    private static async Task PostAsync(HttpClient carrier, string code, string format, string body, CancellationToken ct)
    {
        var (status, answer) = await WebhookApi.PostAsync(carrier, code, format, body, ct);
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(answer);
        Assert.Equal(0, json.RootElement.GetProperty("rejected").GetInt32());
    }

    private static string China(DateTime utc) => WebhookApi.ChinaTime(utc);

    private static string Local(DateTime utc, int offsetHours) => utc.AddHours(offsetHours).ToString("yyyy-MM-ddTHH:mm:ss");

    private static string Utc(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ");
}
