using System.Net;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Ingest.Webhooks;

/// <summary>
/// USPS Tracking 3.x bodies for a cross-border parcel ZTO handed over to USPS: <c>trackingEvents[]</c> newest first, each
/// with its local <c>eventTimestamp</c>, <c>GMTTimestamp</c> and <c>GMTOffset</c>, as the Tracking 3.x OpenAPI shows them.
/// </summary>
public sealed class UspsV3FormatTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private readonly WebhookApi api = new(server);
    private static readonly DateTime Created = WebhookApi.Seconds(DateTime.UtcNow.AddDays(-2));
    private static readonly TimeSpan Pacific = TimeSpan.FromHours(-8), Eastern = TimeSpan.FromHours(-5);

    private static readonly (double Hours, string Code, string Type, string City, string State, TimeSpan Offset)[] LastMile =
    [
        (36, "03", "Accepted at USPS Regional Facility", "LOS ANGELES", "CA", Pacific),
        (38, "10", "Processed Through USPS Regional Facility", "LOS ANGELES", "CA", Pacific),
        (42, "OF", "Out for Delivery", "BROOKLYN", "NY", Eastern),
        (43, "02", "Notice Left (No Authorized Recipient Available)", "BROOKLYN", "NY", Eastern),
        (46, "01", "Delivered, In/At Mailbox", "BROOKLYN", "NY", Eastern),
    ];

    [Fact]
    public async Task The_partners_scans_continue_the_parcel_after_the_hand_over_with_utc_times_from_gmt_timestamps()
    {
        var ct = TestContext.Current.CancellationToken;
        var (number, uspsNumber) = await api.HandedOverToUspsAsync(Created, ct);
        using var usps = await CarrierApi.ClientAsync(server, Usps, ct);

        var response = await PostAsync(usps, Tracking(uspsNumber, NewestFirst(LastMile)), ct);

        Assert.Equal(5, response.Accepted);
        Assert.Equal(
        [
            new StoredScan("USPS", ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub, "03", LastMile[0].Type, Created.AddHours(36), "LAX"),
            new StoredScan("USPS", ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub, "10", LastMile[1].Type, Created.AddHours(38), "LAX"),
            new StoredScan("USPS", ParcelStatus.OutForDelivery, ParcelSubStatus.None, "OF", LastMile[2].Type, Created.AddHours(42), null),
            new StoredScan("USPS", ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome, "02", LastMile[3].Type, Created.AddHours(43), null),
            new StoredScan("USPS", ParcelStatus.Delivered, ParcelSubStatus.Signed, "01", LastMile[4].Type, Created.AddHours(46), null),
        ], (await api.ScansAsync(number, ct)).Where(s => s.Carrier == "USPS"));
        var parcel = await api.ParcelAsync(number, ct);
        Assert.Equal((ParcelStatus.Delivered, Usps, Created.AddHours(43)), (parcel.Status, parcel.CarrierId, parcel.FirstAttemptUtc));
    }

    [Fact]
    public async Task A_scan_without_gmt_timestamp_is_read_at_its_gmt_offset_and_one_with_neither_is_rejected()
    {
        var ct = TestContext.Current.CancellationToken;
        var (number, uspsNumber) = await api.HandedOverToUspsAsync(Created, ct);
        using var usps = await CarrierApi.ClientAsync(server, Usps, ct);
        var local = (Created.AddHours(36) + Pacific).ToString("yyyy-MM-ddTHH:mm:ss");
        var body = $$"""
            {"trackingNumber":"{{uspsNumber}}","trackingEvents":[
              {"eventType":"Accepted at USPS Regional Facility","eventTimestamp":"{{local}}","GMTOffset":"-08:00","eventCode":"03","eventCity":"LOS ANGELES","eventState":"CA"},
              {"eventType":"Processed Through USPS Regional Facility","eventTimestamp":"{{local}}","eventCode":"10","eventCity":"LOS ANGELES","eventState":"CA"}]}
            """;

        var response = await PostAsync(usps, body, ct);

        Assert.Equal((1, 1), (response.Accepted, response.Rejected));
        Assert.Equal("trackingEvents[1]: no GMTTimestamp, and no eventTimestamp with a GMTOffset", response.Rejections.Single().Reason);
        Assert.Equal(Created.AddHours(36), (await api.ScansAsync(number, ct)).Single(s => s.Carrier == "USPS").EventUtc);
    }

    [Fact]
    public async Task The_same_notification_again_in_another_order_stores_nothing_twice_an_unmapped_code_is_kept_as_unknown_and_the_estimate_read_at_the_newest_offset()
    {
        var ct = TestContext.Current.CancellationToken;
        var (number, uspsNumber) = await api.HandedOverToUspsAsync(Created, ct);
        using var usps = await CarrierApi.ClientAsync(server, Usps, ct);
        (double, string, string, string, string, TimeSpan)[] withUnmapped = [.. LastMile[..2], (39, "EF", "Departed USPS Regional Facility", "LOS ANGELES", "CA", Pacific)];

        var first = await PostAsync(usps, Tracking(uspsNumber, NewestFirst(withUnmapped), estimate: Created.AddHours(60)), ct);
        var again = await PostAsync(usps, $"[{Tracking(uspsNumber, withUnmapped)}]", ct);

        Assert.Equal((3, 0), (first.Accepted, first.Duplicates));
        Assert.Equal((0, 3), (again.Accepted, again.Duplicates));
        var scans = (await api.ScansAsync(number, ct)).Where(s => s.Carrier == "USPS").ToList();
        Assert.Equal(3, scans.Count);
        Assert.Equal(new StoredScan("USPS", ParcelStatus.Unknown, ParcelSubStatus.None, "EF", "Departed USPS Regional Facility", Created.AddHours(39), "LAX"), scans[^1]);
        var parcel = await api.ParcelAsync(number, ct);
        Assert.Equal((ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub), (parcel.Status, parcel.SubStatus));
        Assert.Equal(Created.AddHours(60), parcel.EstimatedUtc);
    }

    [Fact]
    public async Task Scans_for_a_number_that_is_not_the_partners_store_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var (number, _) = await api.HandedOverToUspsAsync(Created, ct);
        using var usps = await CarrierApi.ClientAsync(server, Usps, ct);

        var (status, _) = await WebhookApi.PostAsync(usps, "usps", "usps-v3", Tracking(number, LastMile), ct);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain(await api.ScansAsync(number, ct), s => s.Carrier == "USPS");
    }

    [Theory]
    [InlineData("{\"trackingNumber\":", "Malformed JSON")]
    [InlineData("42", "Send a USPS tracking object")]
    [InlineData("{\"trackingNumber\":\"9400100000000000000000\"}", "No trackingEvents array")]
    public async Task A_body_that_is_not_a_usps_tracking_body_gets_400_with_the_reason(string body, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        using var usps = await CarrierApi.ClientAsync(server, Usps, ct);

        var (status, answer) = await WebhookApi.PostAsync(usps, "usps", "usps-v3", body, ct);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, answer);
    }

    private static (double, string, string, string, string, TimeSpan)[] NewestFirst((double Hours, string, string, string, string, TimeSpan)[] scans) =>
        [.. scans.OrderByDescending(s => s.Hours)];

    /// <summary>A tracking response as Tracking 3.x returns it, the scans in the order given (USPS lists newest first).</summary>
    private static string Tracking(
        string number, (double Hours, string Code, string Type, string City, string State, TimeSpan Offset)[] scans, DateTime? estimate = null)
    {
        var events = scans.Select(s =>
        {
            var utc = Created.AddHours(s.Hours);
            return $$"""
                {"eventType":"{{s.Type}}","eventTimestamp":"{{(utc + s.Offset):yyyy-MM-ddTHH:mm:ss}}","GMTTimestamp":"{{utc:yyyy-MM-ddTHH:mm:ss}}Z",
                 "GMTOffset":"{{(s.Offset < TimeSpan.Zero ? "-" : "+")}}{{s.Offset:hh\:mm}}","eventCountry":"","eventCity":"{{s.City}}","eventState":"{{s.State}}",
                 "eventZIP":"11201","firm":"","name":"","authorizedAgent":"false","eventCode":"{{s.Code}}"}
                """;
        });
        return $$"""
            {"trackingNumber":"{{number}}","mailClass":"First-Class Package International Service","destinationCity":"BROOKLYN",
             "destinationState":"NY","destinationZIP":"11201","statusCategory":"In Transit",
             "expectedDeliveryTimeStamp":"{{(estimate is { } e ? $"{e + scans[0].Offset:yyyy-MM-ddTHH:mm:ss}" : "")}}","trackingEvents":[{{string.Join(",", events)}}]}
            """;
    }

    /// <summary>Posts to this format's door as the carrier; the answer in the events door's form (200 asserted).</summary>
    private static Task<IngestResponse> PostAsync(HttpClient carrier, string body, CancellationToken ct) =>
        WebhookApi.PostAnsweredAsync(carrier, "usps", "usps-v3", body, ct);
}
