using System.Net;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Ingest.Webhooks;

/// <summary>
/// EasyPost <c>tracker.updated</c> events for the USPS leg of a cross-border parcel, as EasyPost's Event and Tracker
/// documentation shows them: <c>result.tracking_details[]</c> oldest first, times in UTC.
/// </summary>
public sealed class EasyPostFormatTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private readonly WebhookApi api = new(server);
    private static readonly DateTime Created = WebhookApi.Seconds(DateTime.UtcNow.AddDays(-2));

    private static readonly (double Hours, string Status, string Detail, string City, string State, string Message)[] LastMile =
    [
        (36, "in_transit", "arrived_at_facility", "LOS ANGELES", "CA", "Arrived at USPS Regional Facility"),
        (38, "in_transit", "departed_facility", "LOS ANGELES", "CA", "Departed USPS Regional Facility"),
        (42, "out_for_delivery", "out_for_delivery", "BROOKLYN", "NY", "Out for Delivery"),
        (44, "failure", "delivery_exception", "BROOKLYN", "NY", "Delivery Exception, Animal Interference"),
        (46, "delivered", "arrived_at_destination", "BROOKLYN", "NY", "Delivered, In/At Mailbox"),
    ];

    [Fact]
    public async Task A_tracker_update_continues_the_parcel_with_status_details_normalised_and_the_messages_kept()
    {
        var ct = TestContext.Current.CancellationToken;
        var (number, uspsNumber) = await api.HandedOverToUspsAsync(Created, ct);
        using var usps = await CarrierApi.ClientAsync(server, Usps, ct);

        var response = await PostAsync(usps, Updated(uspsNumber, LastMile), ct);

        Assert.Equal(5, response.Accepted);
        Assert.Equal(
        [
            new StoredScan("USPS", ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub, "in_transit/arrived_at_facility", LastMile[0].Message, Created.AddHours(36), "LAX"),
            new StoredScan("USPS", ParcelStatus.InTransit, ParcelSubStatus.DepartedHub, "in_transit/departed_facility", LastMile[1].Message, Created.AddHours(38), "LAX"),
            new StoredScan("USPS", ParcelStatus.OutForDelivery, ParcelSubStatus.None, "out_for_delivery", LastMile[2].Message, Created.AddHours(42), null),
            new StoredScan("USPS", ParcelStatus.Exception, ParcelSubStatus.OtherIssue, "failure", LastMile[3].Message, Created.AddHours(44), null),
            new StoredScan("USPS", ParcelStatus.Delivered, ParcelSubStatus.Signed, "delivered", LastMile[4].Message, Created.AddHours(46), null),
        ], (await api.ScansAsync(number, ct)).Where(s => s.Carrier == "USPS"));
        Assert.Equal(ParcelStatus.Delivered, (await api.ParcelAsync(number, ct)).Status);
    }

    [Fact]
    public async Task The_same_event_delivered_again_stores_nothing_twice_nor_moves_the_estimate_and_an_unmapped_status_is_kept_as_unknown()
    {
        var ct = TestContext.Current.CancellationToken;
        var (number, uspsNumber) = await api.HandedOverToUspsAsync(Created, ct);
        using var usps = await CarrierApi.ClientAsync(server, Usps, ct);
        (double, string, string, string, string, string)[] withUnknown = [.. LastMile[..2], (39, "unknown", "unknown", "LOS ANGELES", "CA", "Status not available")];

        var first = await PostAsync(usps, Updated(uspsNumber, withUnknown, estimate: Created.AddHours(60)), ct);
        var again = await PostAsync(usps, Updated(uspsNumber, [.. Enumerable.Reverse(withUnknown)], estimate: Created.AddHours(90)), ct);

        Assert.Equal((3, 0), (first.Accepted, first.Duplicates));
        Assert.Equal((0, 3), (again.Accepted, again.Duplicates));
        var unknown = (await api.ScansAsync(number, ct))[^1];
        Assert.Equal((ParcelStatus.Unknown, "unknown", "Status not available"), (unknown.Status, unknown.RawCode, unknown.RawText));
        Assert.Equal(Created.AddHours(60), (await api.ParcelAsync(number, ct)).EstimatedUtc);
    }

    [Fact]
    public async Task The_accounts_other_events_are_answered_200_with_nothing_stored_so_that_easypost_does_not_send_them_again()
    {
        var ct = TestContext.Current.CancellationToken;
        using var usps = await CarrierApi.ClientAsync(server, Usps, ct);

        var response = await PostAsync(usps, """{"object":"Event","description":"batch.updated","result":{"object":"Batch","state":"purchased"}}""", ct);

        Assert.Equal((0, 0, 0), (response.Accepted, response.Duplicates, response.Rejected));
    }

    [Theory]
    [InlineData("{\"object\":\"Event\"", "Malformed JSON")]
    [InlineData("{\"description\":\"tracker.updated\",\"result\":{}}", "Not an EasyPost Event object")]
    [InlineData("{\"object\":\"Event\",\"description\":\"tracker.updated\"}", "No result object")]
    [InlineData("{\"object\":\"Event\",\"description\":\"tracker.updated\",\"result\":{\"tracking_code\":\"X\"}}", "no tracking_details array")]
    public async Task A_body_that_is_not_a_tracker_event_gets_400_with_the_reason(string body, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        using var usps = await CarrierApi.ClientAsync(server, Usps, ct);

        var (status, answer) = await WebhookApi.PostAsync(usps, "usps", "easypost", body, ct);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, answer);
    }

    /// <summary>The <c>tracker.updated</c> event around a tracker, as EasyPost posts it.</summary>
    private static string Updated(
        string number, (double Hours, string Status, string Detail, string City, string State, string Message)[] details, DateTime? estimate = null)
    {
        var rows = details.Select(d => $$"""
            {"object":"TrackingDetail","message":"{{d.Message}}","description":"","status":"{{d.Status}}","status_detail":"{{d.Detail}}",
             "datetime":"{{Created.AddHours(d.Hours):yyyy-MM-ddTHH:mm:ss}}Z","source":"USPS","carrier_code":"",
             "tracking_location":{"object":"TrackingLocation","city":"{{d.City}}","state":"{{d.State}}","country":"US","zip":null} }
            """);
        return $$"""
            {"object":"Event","id":"evt_{{Guid.NewGuid():N}}","mode":"production","description":"tracker.updated","previous_attributes":{"status":"in_transit"},
             "pending_urls":[],"completed_urls":[],
             "result":{"id":"trk_{{Guid.NewGuid():N}}","object":"Tracker","mode":"production","tracking_code":"{{number}}","status":"in_transit",
               "status_detail":"arrived_at_facility","carrier":"USPS","est_delivery_date":{{(estimate is { } e ? $"\"{e:yyyy-MM-ddTHH:mm:ss}Z\"" : "null")}},"tracking_details":[{{string.Join(",", rows)}}] } }
            """;
    }

    /// <summary>Posts to this format's door as the carrier; the answer in the events door's form (200 asserted).</summary>
    private static Task<IngestResponse> PostAsync(HttpClient carrier, string body, CancellationToken ct) =>
        WebhookApi.PostAnsweredAsync(carrier, "usps", "easypost", body, ct);
}
