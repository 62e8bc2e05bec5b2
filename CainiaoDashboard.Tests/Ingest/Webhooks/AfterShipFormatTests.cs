using System.Net;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Ingest.Webhooks;

/// <summary>
/// AfterShip <c>tracking_update</c> webhooks for a ZTO parcel, as AfterShip's webhook documentation shows them: the
/// envelope, <c>msg.checkpoints[]</c> oldest first with <c>tag</c>, <c>subtag</c> and <c>checkpoint_time</c>.
/// </summary>
public sealed class AfterShipFormatTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private readonly WebhookApi api = new(server);
    private static readonly DateTime Created = WebhookApi.Seconds(DateTime.UtcNow.AddDays(-2));
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static readonly (double Hours, string Tag, string Subtag, string City, string Message)[] Life =
    [
        (1, "InTransit", "InTransit_002", "Hangzhou", "Picked up by the courier"),
        (4, "InTransit", "InTransit_007", "Hangzhou", "Departed from the Hangzhou sorting centre"),
        (10, "InTransit", "InTransit_003", "Shanghai", "Arrived at the Shanghai sorting centre"),
        (12, "Exception", "Exception_012", "Shanghai", "Parcel damaged"),
        (20, "OutForDelivery", "OutForDelivery_001", "Shanghai", "Out for delivery"),
        (21, "AttemptFail", "AttemptFail_001", "Shanghai", "Recipient not available"),
        (26, "Delivered", "Delivered_001", "Shanghai", "Delivered"),
    ];

    [Fact]
    public async Task A_tracking_update_is_stored_with_subtags_normalised_times_in_utc_and_the_messages_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await api.RegisterAsync(TestParcels.NewTrackingNumber("ZT"), Created, crossBorder: false, ct);
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);

        var response = await PostAsync(zto, Update(number, Checkpoints(Life)), ct);

        Assert.Equal(7, response.Accepted);
        Assert.Equal(
        [
            new StoredScan("ZTO", ParcelStatus.PickedUp, ParcelSubStatus.None, "InTransit_002", Life[0].Message, Created.AddHours(1), "HGH"),
            new StoredScan("ZTO", ParcelStatus.InTransit, ParcelSubStatus.DepartedHub, "InTransit_007", Life[1].Message, Created.AddHours(4), "HGH"),
            new StoredScan("ZTO", ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub, "InTransit_003", Life[2].Message, Created.AddHours(10), "SHA"),
            new StoredScan("ZTO", ParcelStatus.Exception, ParcelSubStatus.CarrierIssue, "Exception_012", Life[3].Message, Created.AddHours(12), "SHA"),
            new StoredScan("ZTO", ParcelStatus.OutForDelivery, ParcelSubStatus.None, "OutForDelivery_001", Life[4].Message, Created.AddHours(20), "SHA"),
            new StoredScan("ZTO", ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome, "AttemptFail_001", Life[5].Message, Created.AddHours(21), "SHA"),
            new StoredScan("ZTO", ParcelStatus.Delivered, ParcelSubStatus.Signed, "Delivered_001", Life[6].Message, Created.AddHours(26), "SHA"),
        ], await api.ScansAsync(number, ct));
        Assert.Equal(ParcelStatus.Delivered, (await api.ParcelAsync(number, ct)).Status);
    }

    [Fact]
    public async Task Redelivered_updates_store_nothing_twice_an_unmapped_subtag_falls_back_to_its_tag_and_an_unmapped_tag_is_unknown()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await api.RegisterAsync(TestParcels.NewTrackingNumber("ZT"), Created, crossBorder: false, ct);
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);
        (double, string, string, string, string)[] more = [(5, "InTransit", "InTransit_099", "Hangzhou", "Sorting"), (6, "Expired", "Expired_001", "Hangzhou", "No recent updates")];

        var first = await PostAsync(zto, Update(number, Checkpoints(Life[..2])), ct);
        var again = await PostAsync(zto, Update(number, Checkpoints([.. more, .. Life[..2]])), ct);

        Assert.Equal((2, 0), (first.Accepted, first.Duplicates));
        Assert.Equal((2, 2), (again.Accepted, again.Duplicates));
        var scans = await api.ScansAsync(number, ct);
        Assert.Equal((ParcelStatus.InTransit, "InTransit"), (scans[2].Status, scans[2].RawCode));
        Assert.Equal((ParcelStatus.Unknown, "Expired", "No recent updates"), (scans[3].Status, scans[3].RawCode, scans[3].RawText));
    }

    [Fact]
    public async Task A_checkpoint_time_without_offset_is_local_time_at_the_named_hub_and_elsewhere_it_is_rejected()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await api.RegisterAsync(TestParcels.NewTrackingNumber("ZT"), Created, crossBorder: false, ct);
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);
        var local = (Created.AddHours(3) + China).ToString("yyyy-MM-ddTHH:mm:ss");
        var checkpoints = $$"""
            {"tag":"InTransit","subtag":"InTransit_003","checkpoint_time":"{{local}}","city":"Hangzhou","message":"Arrived"},
            {"tag":"InTransit","subtag":"InTransit_003","checkpoint_time":"{{local}}","city":"Ningbo","message":"Arrived"}
            """;

        var response = await PostAsync(zto, Update(number, checkpoints), ct);

        Assert.Equal((1, 1), (response.Accepted, response.Rejected));
        Assert.StartsWith("checkpoints[1]: checkpoint_time missing, or without an offset", response.Rejections.Single().Reason);
        Assert.Equal(Created.AddHours(3), (await api.ScansAsync(number, ct)).Single().EventUtc);
    }

    [Fact]
    public async Task Next_couriers_hands_the_parcel_over_at_the_partners_first_checkpoint_whose_scans_belong_to_the_partners_own_feed()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await api.RegisterAsync(TestParcels.NewTrackingNumber("ZT"), Created, crossBorder: true, ct);
        var uspsNumber = "9400" + TestParcels.NewTrackingNumber("1")[1..];
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);
        var uspsCheckpoint = $$"""
            ,{"slug":"usps","tag":"InTransit","subtag":"InTransit_003","checkpoint_time":"{{Offset(Created.AddHours(36), TimeSpan.FromHours(-8))}}",
              "city":"Los Angeles","message":"Accepted at USPS Regional Facility"}
            """;
        var update = Update(number, Checkpoints(Life[..2]) + uspsCheckpoint,
            $$""","next_couriers":[{"slug":"usps","tracking_number":"{{uspsNumber}}","source":"origin"}]""");

        var response = await PostAsync(zto, update, ct);

        Assert.Equal((3, 1), (response.Accepted, response.Rejected));
        Assert.Contains("partner's own feed", response.Rejections.Single().Reason);
        var handover = (await api.ScansAsync(number, ct))[^1];
        Assert.Equal((ParcelSubStatus.HandedOver, Created.AddHours(36)), (handover.SubStatus, handover.EventUtc));
        Assert.Equal(Usps, (await api.ParcelAsync(uspsNumber, ct)).CarrierId);
    }

    [Theory]
    [InlineData("not json", "Malformed JSON")]
    [InlineData("{\"event\":\"tracking_update\"}", "No msg object")]
    [InlineData("{\"msg\":{\"tracking_number\":\"X\"}}", "no checkpoints array")]
    public async Task A_body_that_is_not_an_aftership_webhook_gets_400_with_the_reason(string body, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);

        var (status, answer) = await WebhookApi.PostAsync(zto, "zto", "aftership", body, ct);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, answer);
    }

    private static string Offset(DateTime utc, TimeSpan offset) => new DateTimeOffset(utc).ToOffset(offset).ToString("yyyy-MM-ddTHH:mm:sszzz");

    private static string Checkpoints((double Hours, string Tag, string Subtag, string City, string Message)[] checkpoints) =>
        string.Join(",", checkpoints.Select(c => $$"""
            {"slug":"zto-express","city":"{{c.City}}","created_at":"{{Offset(Created.AddHours(c.Hours), TimeSpan.Zero)}}","location":"{{c.City}}, China",
             "country_name":"China","message":"{{c.Message}}","country_iso3":"CHN","tag":"{{c.Tag}}","subtag":"{{c.Subtag}}","subtag_message":"",
             "checkpoint_time":"{{Offset(Created.AddHours(c.Hours), China)}}","coordinates":[],"state":null,"zip":null}
            """));

    /// <summary>The webhook's envelope around the tracking, as AfterShip posts it.</summary>
    private static string Update(string number, string checkpoints, string more = "") => $$"""
        {"event":"tracking_update","event_id":"{{Guid.NewGuid()}}","is_tracking_first_tag":false,"ts":1733300000,
         "msg":{"id":"{{Guid.NewGuid():N}}","tracking_number":"{{number}}","slug":"zto-express","tag":"InTransit","subtag":"InTransit_001",
         "checkpoints":[{{checkpoints}}]{{more}} } }
        """;

    /// <summary>Posts to this format's door as the carrier; the answer in the events door's form (200 asserted).</summary>
    private static Task<IngestResponse> PostAsync(HttpClient carrier, string body, CancellationToken ct) =>
        WebhookApi.PostAnsweredAsync(carrier, "zto", "aftership", body, ct);
}
