using System.Net;
using System.Text.Json;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Ingest.Webhooks;

/// <summary>
/// Kuaidi100's subscription push for a ZTO parcel, as its documentation shows it: a form field <c>param</c> with the JSON,
/// <c>lastResult.data[]</c> newest first, China local times without offset, state words or resultv2 codes.
/// </summary>
public sealed class Kuaidi100FormatTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private readonly WebhookApi api = new(server);
    private static readonly DateTime Created = WebhookApi.Seconds(DateTime.UtcNow.AddDays(-2));

    /// <summary>A ZTO parcel's life: picked up, two hub scans, damaged, out for delivery, recipient unreachable, signed.</summary>
    private static readonly (double Hours, string? Status, string? Code, string Area, string Context)[] Life =
    [
        (1, "揽收", null, "330106000000", "【杭州市】【杭州西湖】的小王已揽收"),
        (3, "在途", null, "330100000000", "【杭州市】快件已到达【杭州转运中心】"),
        (10, "在途", null, "CN310000000000", "【上海市】快件离开【上海转运中心】已发往【上海浦东】"),
        (12, "疑难", null, "310115000000", "【上海市】快件外包装破损，已联系发件人"),
        (20, "派件", null, "310115000000", "【上海市】【上海浦东】的快递员小李正在派件"),
        (21, "派件", "206", "310115000000", "【上海市】快递员无法联系收件人，明日再派"),
        (26, "签收", null, "310115000000", "【上海市】您的快件已签收，签收人：本人"),
    ];

    [Fact]
    public async Task A_lifecycle_push_is_stored_with_normalised_statuses_utc_times_hubs_and_the_raw_text()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await api.RegisterAsync(NewNumber(), Created, crossBorder: false, ct);
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);

        var (status, body) = await WebhookApi.PostAsync(zto, "zto", "kuaidi100", Form(Push(number, NewestFirst(Life))), ct, "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.OK, status);
        using var answer = JsonDocument.Parse(body);
        Assert.True(answer.RootElement.GetProperty("result").GetBoolean());
        Assert.Equal("200", answer.RootElement.GetProperty("returnCode").GetString());
        Assert.Equal(7, answer.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(
        [
            new StoredScan("ZTO", ParcelStatus.PickedUp, ParcelSubStatus.None, "揽收", Life[0].Context, Created.AddHours(1), "HGH"),
            new StoredScan("ZTO", ParcelStatus.InTransit, ParcelSubStatus.None, "在途", Life[1].Context, Created.AddHours(3), "HGH"),
            new StoredScan("ZTO", ParcelStatus.InTransit, ParcelSubStatus.None, "在途", Life[2].Context, Created.AddHours(10), "SHA"),
            new StoredScan("ZTO", ParcelStatus.Exception, ParcelSubStatus.OtherIssue, "疑难", Life[3].Context, Created.AddHours(12), "SHA"),
            new StoredScan("ZTO", ParcelStatus.OutForDelivery, ParcelSubStatus.None, "派件", Life[4].Context, Created.AddHours(20), "SHA"),
            new StoredScan("ZTO", ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome, "206", Life[5].Context, Created.AddHours(21), "SHA"),
            new StoredScan("ZTO", ParcelStatus.Delivered, ParcelSubStatus.Signed, "签收", Life[6].Context, Created.AddHours(26), "SHA"),
        ], await api.ScansAsync(number, ct));
        var parcel = await api.ParcelAsync(number, ct);
        Assert.Equal((ParcelStatus.Delivered, 2), (parcel.Status, parcel.AttemptCount));
        Assert.Equal((Created.AddHours(21), Created.AddHours(26)), (parcel.FirstAttemptUtc, parcel.DeliveredUtc));
    }

    [Fact]
    public async Task The_same_push_delivered_again_in_another_order_or_with_more_scans_stores_each_scan_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await api.RegisterAsync(NewNumber(), Created, crossBorder: false, ct);
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);

        var first = await AcceptedAsync(zto, Push(number, NewestFirst(Life[..3])), ct);
        var again = await AcceptedAsync(zto, Push(number, Life), ct);
        var onceMore = await AcceptedAsync(zto, Push(number, NewestFirst(Life)), ct);

        Assert.Equal((3, 0), first);
        Assert.Equal((4, 3), again);
        Assert.Equal((0, 7), onceMore);
        Assert.Equal(7, (await api.ScansAsync(number, ct)).Count);
        Assert.Equal(ParcelStatus.Delivered, (await api.ParcelAsync(number, ct)).Status);
    }

    [Fact]
    public async Task An_unmapped_state_is_stored_as_unknown_with_its_text_and_leaves_the_parcel_as_it_was()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await api.RegisterAsync(NewNumber(), Created, crossBorder: false, ct);
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);

        Assert.Equal((2, 0), await AcceptedAsync(zto, Push(number, [Life[0], (5, "转投", null, "330100000000", "【杭州市】快件已转交其他快递公司")]), ct));

        var unmapped = (await api.ScansAsync(number, ct))[1];
        Assert.Equal(new StoredScan("ZTO", ParcelStatus.Unknown, ParcelSubStatus.None, "转投", "【杭州市】快件已转交其他快递公司", Created.AddHours(5), "HGH"), unmapped);
        var parcel = await api.ParcelAsync(number, ct);
        Assert.Equal((ParcelStatus.PickedUp, Created.AddHours(1)), (parcel.Status, parcel.LastEventUtc));
    }

    [Fact]
    public async Task A_cross_border_push_hands_the_parcel_over_to_the_partner_named_in_dest_result()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await api.RegisterAsync(NewNumber(), Created, crossBorder: true, ct);
        var uspsNumber = "9400" + NewNumber()[2..];
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);
        var push = Push(number, NewestFirst(Life[..3]), destination: $$"""
            ,"destResult": {"message":"ok","state":"0","status":"200","com":"usps","nu":"{{uspsNumber}}","data":[
              {"context":"Accepted at USPS Regional Facility","time":"{{WebhookApi.ChinaTime(Created.AddHours(30))}}","ftime":"{{WebhookApi.ChinaTime(Created.AddHours(30))}}","status":"在途"}]}
            """);

        Assert.Equal((4, 0), await AcceptedAsync(zto, push, ct));

        var handover = (await api.ScansAsync(number, ct))[^1];
        Assert.Equal(new StoredScan("ZTO", ParcelStatus.InTransit, ParcelSubStatus.HandedOver, "destResult", $"Handed over to usps {uspsNumber}",
            Created.AddHours(30), null), handover);
        Assert.Equal(Usps, (await api.ParcelAsync(uspsNumber, ct)).CarrierId);
    }

    [Fact]
    public async Task A_hand_over_dated_before_the_couriers_last_scans_still_gives_the_parcel_to_the_partner()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await api.RegisterAsync(NewNumber(), Created, crossBorder: true, ct);
        var uspsNumber = "9400" + NewNumber()[2..];
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);
        var partnerFirstScan = WebhookApi.ChinaTime(Created.AddHours(5));
        var push = Push(number, NewestFirst(Life[..3]), destination: $$"""
            ,"destResult": {"com":"usps","nu":"{{uspsNumber}}","data":[{"context":"Pre-Shipment Info Sent to USPS","ftime":"{{partnerFirstScan}}","status":"在途"}]}
            """);

        Assert.Equal((4, 0), await AcceptedAsync(zto, push, ct));

        var parcel = await api.ParcelAsync(number, ct);
        Assert.Equal((Usps, Created.AddHours(10)), (parcel.CarrierId, parcel.LastEventUtc));
    }

    [Theory]
    [InlineData("param={not json", "application/x-www-form-urlencoded", "Malformed JSON")]
    [InlineData("sign=abc", "application/x-www-form-urlencoded", "no param field")]
    [InlineData("{\"status\":\"polling\"}", "application/json", "No lastResult object")]
    [InlineData("{\"lastResult\":{\"nu\":\"X\"}}", "application/json", "no data array")]
    public async Task A_body_that_is_not_a_push_gets_result_false_and_the_reason(string body, string contentType, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);

        var (status, answer) = await WebhookApi.PostAsync(zto, "zto", "kuaidi100", body, ct, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var json = JsonDocument.Parse(answer);
        Assert.False(json.RootElement.GetProperty("result").GetBoolean());
        Assert.Contains(reason, json.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_scan_without_a_readable_time_is_rejected_with_the_reason_and_the_others_are_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await api.RegisterAsync(NewNumber(), Created, crossBorder: false, ct);
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);
        var push = Push(number, Life[..1]).Replace("\"data\":[", """
            "data":[{"context":"没有时间","ftime":"yesterday","status":"在途"},
            """);

        var (status, body) = await WebhookApi.PostAsync(zto, "zto", "kuaidi100", push, ct);

        Assert.Equal(HttpStatusCode.OK, status);
        using var answer = JsonDocument.Parse(body);
        Assert.Equal(1, answer.RootElement.GetProperty("accepted").GetInt32());
        Assert.Contains("data[0]: ftime missing or not a local time", answer.RootElement.GetProperty("message").GetString());
        Assert.Single(await api.ScansAsync(number, ct));
    }

    private static string NewNumber() => TestParcels.NewTrackingNumber("ZT");

    private static (double Hours, string? Status, string? Code, string Area, string Context)[] NewestFirst(
        (double Hours, string? Status, string? Code, string Area, string Context)[] scans) => [.. scans.OrderByDescending(s => s.Hours)];

    /// <summary>The push's JSON as the documentation's example lays it out, the scans in the order given (Kuaidi100 sends newest first).</summary>
    private static string Push(string number, (double Hours, string? Status, string? Code, string Area, string Context)[] scans, string destination = "")
    {
        var data = scans.Select(s =>
        {
            var time = WebhookApi.ChinaTime(Created.AddHours(s.Hours));
            var code = s.Code is null ? "" : $"\"statusCode\":\"{s.Code}\",";
            return $$"""{"context":"{{s.Context}}","time":"{{time}}","ftime":"{{time}}",{{code}}"status":"{{s.Status}}","areaCode":"{{s.Area}}","areaName":""}""";
        });
        return $$"""
            {"status":"polling","billstatus":"got","message":"","autoCheck":"0","comOld":"","comNew":"",
             "lastResult":{"message":"ok","state":"0","status":"200","condition":"F00","ischeck":"0","com":"zhongtong","nu":"{{number}}",
             "data":[{{string.Join(",", data)}}]}{{destination}}}
            """;
    }

    private static string Form(string json) => $"param={Uri.EscapeDataString(json)}&sign=0123456789abcdef";

    private static async Task<(int Accepted, int Duplicates)> AcceptedAsync(HttpClient zto, string push, CancellationToken ct)
    {
        var (status, body) = await WebhookApi.PostAsync(zto, "zto", "kuaidi100", Form(push), ct, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, status);
        using var answer = JsonDocument.Parse(body);
        return (answer.RootElement.GetProperty("accepted").GetInt32(), answer.RootElement.GetProperty("duplicates").GetInt32());
    }
}
