using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CainiaoDashboard.Tests.Ingest;

public sealed class CarrierEventsEndpointTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private static readonly DateTime Created = DateTime.UtcNow.AddDays(-1);
    private const int Zto = 1, Sto = 2, Usps = 4, Correos = 6;

    [Fact]
    public async Task A_batch_answers_accepted_duplicate_and_rejected_with_a_reason_per_item()
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        object[] batch =
        [
            Item($"{prefix}-1", $"{prefix}ZT1", "GOT"),
            Item($"{prefix}-1", $"{prefix}ZT1", "GOT"),
            Item($"{prefix}-2", $"{prefix}NOPE", "GOT"),
            Item($"{prefix}-3", $"{prefix}ZT1", "TELEPORTED"),
            new { eventId = $"{prefix}-4", statusCode = "GOT", eventTime = Created },
            Item($"{prefix}-5", $"{prefix}ZT1", "ARRIVAL", DateTime.UtcNow.AddDays(1)),
        ];

        var response = await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<IngestResponse>(ct);
        Assert.Equal(1, body!.Accepted);
        Assert.Equal(1, body.Duplicates);
        Assert.Equal(4, body.Rejected);
        Assert.Equal(["unknown parcel", "unknown status code 'TELEPORTED'", "missing field: trackingNumber", "eventTime is more than 15 minutes in the future"],
            body.Rejections.Select(r => r.Reason));
        Assert.Equal([2, 3, 4, 5], body.Rejections.Select(r => r.Index));
        Assert.Equal(1, await EventCountAsync(prefix));
    }

    [Fact]
    public async Task Missing_or_wrong_keys_get_401_and_another_carriers_route_403()
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = server.CreateClient();
        object[] batch = [Item($"{prefix}-1", $"{prefix}ZT1", "GOT")];

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/carriers/zto/events", batch, ct)).StatusCode);
        anonymous.DefaultRequestHeaders.Add(CarrierApiKeys.HeaderName, "cnk_not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/carriers/zto/events", batch, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await http.PostAsJsonAsync("/api/carriers/sto/events", batch, ct)).StatusCode);
        Assert.Equal(0, await EventCountAsync(prefix));
    }

    [Fact]
    public async Task Posting_for_another_carriers_parcel_is_refused_and_stores_nothing_of_the_batch()
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        object[] batch = [Item($"{prefix}-1", $"{prefix}ZT1", "GOT"), Item($"{prefix}-2", $"{prefix}ST1", "GOT")];

        var response = await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains($"{prefix}ST1", await response.Content.ReadAsStringAsync(ct));
        Assert.Equal(0, await EventCountAsync(prefix));
    }

    [Theory]
    [InlineData("[{\"eventId\": ", "application/json", HttpStatusCode.BadRequest, "Malformed JSON")]
    [InlineData("{\"eventId\": \"x\"}", "application/json", HttpStatusCode.BadRequest, "Malformed JSON")]
    [InlineData("[]", "application/json", HttpStatusCode.BadRequest, "No events")]
    [InlineData("[{}]", "text/plain", HttpStatusCode.BadRequest, "Wrong content type")]
    public async Task Bad_requests_get_a_problem_details_answer(string body, string contentType, HttpStatusCode status, string title)
    {
        var (http, _) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;

        var response = await http.PostAsync("/api/carriers/zto/events", new StringContent(body, Encoding.UTF8, contentType), ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.Equal(title, problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Batches_over_the_length_or_size_limit_are_refused()
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        var tooMany = Enumerable.Range(0, CarrierEventsEndpoint.MaxItems + 1).Select(i => Item($"{prefix}-{i}", $"{prefix}ZT1", "GOT")).ToArray();
        var tooBig = new[] { new { eventId = "x", trackingNumber = "y", statusCode = "GOT", eventTime = Created, statusText = new string('a', 1_100_000) } };

        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsJsonAsync("/api/carriers/zto/events", tooMany, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await http.PostAsJsonAsync("/api/carriers/zto/events", tooBig, ct)).StatusCode);
        Assert.Equal(0, await EventCountAsync(prefix));
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        object[] batch = [Item($"{prefix}-1", $"{prefix}ZT1", "GOT")];
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct)).StatusCode);

        await using (var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(ct))
        {
            var keyId = await db.CarrierApiKeys.Where(k => k.CarrierId == Zto && k.RevokedUtc == null).MaxAsync(k => k.Id, ct);
            Assert.True(await server.Services.GetRequiredService<CarrierApiKeys>().RevokeAsync(keyId, ct));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct)).StatusCode);
    }

    [Fact]
    public async Task A_hand_over_is_accepted_only_to_a_partner_of_the_parcels_lane_and_anything_else_moves_nothing()
    {
        var (http, prefix) = await ArrangeAsync();
        var toUs = await RegisterCrossBorderAsync(prefix, "US");
        object[] batch =
        [
            Handover($"{prefix}-1", toUs, "STO", $"{prefix}P1"),
            Handover($"{prefix}-2", toUs, "ZTO", $"{prefix}P2"),
            Handover($"{prefix}-3", toUs, "CORREOS", $"{prefix}P3"),
            Handover($"{prefix}-4", $"{prefix}ZT1", "USPS", $"{prefix}P4"),
        ];

        var refused = await PostAsync(http, batch);
        var allowed = await PostAsync(http, [Handover($"{prefix}-5", toUs, "USPS", $"{prefix}P5")]);

        Assert.Equal((0, 4), (refused.Accepted, refused.Rejected));
        Assert.All(refused.Rejections, r => Assert.Equal("handoverCarrier is not a hand-over partner of the parcel's lane", r.Reason));
        Assert.Equal(1, allowed.Accepted);
        Assert.Equal(1, await EventCountAsync(prefix));
        Assert.Equal([$"{prefix}P5"], await TrackingNumbersAsync($"{prefix}P"));
        Assert.Equal(Usps, await CarrierOfAsync(toUs));
        Assert.Equal(Zto, await CarrierOfAsync($"{prefix}ZT1"));
    }

    [Fact]
    public async Task A_partner_number_already_in_use_is_rejected_with_a_reason()
    {
        var (http, prefix) = await ArrangeAsync();
        var first = await RegisterCrossBorderAsync(prefix, "US", "A");
        var second = await RegisterCrossBorderAsync(prefix, "US", "B");
        Assert.Equal(1, (await PostAsync(http, [Handover($"{prefix}-1", first, "USPS", $"{prefix}P1")])).Accepted);

        var response = await PostAsync(http,
        [
            Handover($"{prefix}-2", second, "USPS", $"{prefix}P1"),
            Handover($"{prefix}-3", second, "USPS", $"{prefix}ST1"),
            Handover($"{prefix}-4", second, "USPS", second),
        ]);

        Assert.Equal((0, 3), (response.Accepted, response.Rejected));
        Assert.All(response.Rejections, r => Assert.Equal("handoverTrackingNumber is already in use", r.Reason));
        Assert.Equal(1, await EventCountAsync(prefix));
        Assert.Equal(Zto, await CarrierOfAsync(second));
        Assert.Equal(first, await ParcelNumberOfAsync($"{prefix}P1"));
        Assert.Equal(Sto, await CarrierOfAsync($"{prefix}ST1"));
    }

    [Fact]
    public async Task A_second_hand_over_to_another_partner_or_number_is_a_conflict_and_a_repeat_of_the_first_is_not()
    {
        var (http, prefix) = await ArrangeAsync();
        var toEurope = await RegisterCrossBorderAsync(prefix, "EU");
        Assert.Equal(1, (await PostAsync(http, [Handover($"{prefix}-1", toEurope, "CORREOS", $"{prefix}P1")])).Accepted);

        var response = await PostAsync(http,
        [
            Handover($"{prefix}-2", toEurope, "SINGPOST", $"{prefix}P2"),
            Handover($"{prefix}-3", toEurope, "CORREOS", $"{prefix}P3"),
            Handover($"{prefix}-4", toEurope, "CORREOS", $"{prefix}P1"),
        ]);

        Assert.Equal((1, 2), (response.Accepted, response.Rejected));
        Assert.Equal([0, 1], response.Rejections.Select(r => r.Index));
        Assert.All(response.Rejections, r => Assert.Equal("parcel was already handed over to another partner or number", r.Reason));
        Assert.Equal([$"{prefix}P1"], await TrackingNumbersAsync($"{prefix}P"));
        Assert.Equal(Correos, await CarrierOfAsync(toEurope));
    }

    [Fact]
    public async Task A_batch_posting_on_a_number_it_hands_over_to_another_carrier_is_refused_and_stores_nothing()
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        var toUs = await RegisterCrossBorderAsync(prefix, "US");
        object[] batch =
        [
            Item($"{prefix}-1", $"{prefix}ZT1", "GOT"),
            Handover($"{prefix}-2", toUs, "USPS", $"{prefix}P1"),
            Item($"{prefix}-3", $"{prefix}P1", "ARRIVAL"),
        ];

        var response = await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains($"{prefix}P1", await response.Content.ReadAsStringAsync(ct));
        Assert.Equal(0, await EventCountAsync(prefix));
        Assert.Empty(await TrackingNumbersAsync($"{prefix}P"));
        Assert.Equal(Zto, await CarrierOfAsync(toUs));
    }

    private async Task<IngestResponse> PostAsync(HttpClient http, object[] batch)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<IngestResponse>(ct))!;
    }

    /// <summary>A ZTO cross-border parcel from East China to the region given; returns its tracking number.</summary>
    private async Task<string> RegisterCrossBorderAsync(string prefix, string destinationRegion, string suffix = "")
    {
        var destination = ReferenceData.Regions.Single(r => r.Code == destinationRegion).Id;
        var lane = ReferenceData.Lanes.Single(l => l.OriginRegionId == 1 && l.DestinationRegionId == destination).Id;
        var number = $"{prefix}XB{suffix}";
        await server.Services.GetRequiredService<IngestPipeline>().RegisterAsync(
            [new ParcelRegistration(number, Zto, lane, 4, 3, Created, Created.AddDays(20), "Name", "Phone", "Address")],
            TestContext.Current.CancellationToken);
        return number;
    }

    private async Task<List<string>> TrackingNumbersAsync(string startingWith)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.ParcelTrackingNumbers.Where(t => t.TrackingNumber.StartsWith(startingWith)).Select(t => t.TrackingNumber)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    private async Task<int> CarrierOfAsync(string trackingNumber)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Parcels.Where(p => p.TrackingNumber == trackingNumber).Select(p => p.CarrierId).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The parcel's first tracking number, found by any of its numbers.</summary>
    private async Task<string> ParcelNumberOfAsync(string trackingNumber)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        var parcelId = await db.ParcelTrackingNumbers.Where(t => t.TrackingNumber == trackingNumber).Select(t => t.ParcelId)
            .SingleAsync(TestContext.Current.CancellationToken);
        return await db.Parcels.Where(p => p.Id == parcelId).Select(p => p.TrackingNumber).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static object Handover(string eventId, string trackingNumber, string partner, string partnerNumber) =>
        new
        {
            eventId, trackingNumber, statusCode = "HANDOVER", statusText = "交接 " + partner, hubCode = "LAX", eventTime = Created.AddHours(2),
            handoverCarrier = partner, handoverTrackingNumber = partnerNumber,
        };

    private async Task<(HttpClient Http, string Prefix)> ArrangeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var prefix = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var key = await server.Services.GetRequiredService<CarrierApiKeys>().CreateAsync(Zto, ct);
        await server.Services.GetRequiredService<IngestPipeline>().RegisterAsync(
        [
            new ParcelRegistration($"{prefix}ZT1", Zto, 1, 2, 1, Created, Created.AddHours(36), "Name", "Phone", "Address"),
            new ParcelRegistration($"{prefix}ST1", Sto, 1, 2, 1, Created, Created.AddHours(36), "Name", "Phone", "Address"),
        ], ct);
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Add(CarrierApiKeys.HeaderName, key);
        return (http, prefix);
    }

    private async Task<int> EventCountAsync(string prefix)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.TrackingEvents.CountAsync(e => e.CarrierEventId.StartsWith(prefix), TestContext.Current.CancellationToken);
    }

    private static object Item(string eventId, string trackingNumber, string code, DateTime? at = null) =>
        new { eventId, trackingNumber, statusCode = code, statusText = "扫描 " + code, hubCode = "HGH", eventTime = at ?? Created.AddHours(1) };
}
