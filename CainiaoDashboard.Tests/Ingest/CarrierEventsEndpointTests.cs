using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

public sealed class CarrierEventsEndpointTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private static readonly DateTime Created = DateTime.UtcNow.AddDays(-1);

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
        anonymous.DefaultRequestHeaders.Add(ApiKeys.HeaderName, "cnk_not-a-key");
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
        var tooMany = Enumerable.Range(0, JsonBatchBody.MaxItems + 1).Select(i => Item($"{prefix}-{i}", $"{prefix}ZT1", "GOT")).ToArray();
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
            var keyId = await db.ApiKeys.Where(k => k.CarrierId == Zto && k.RevokedUtc == null).MaxAsync(k => k.Id, ct);
            Assert.True(await server.Services.GetRequiredService<ApiKeys>().RevokeAsync(keyId, ct));
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
        var lane = ReferenceData.Lane("CN-EAST", destinationRegion).Id;
        var number = $"{prefix}XB{suffix}";
        await server.Services.GetRequiredService<IngestPipeline>().RegisterAsync(
            [new ParcelRegistration(number, Zto, lane, CrossBorder, AliExpress, Created, Created.AddDays(20), "Name", "Phone", "Address")],
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

    [Fact]
    public async Task Event_times_before_2000_or_before_the_parcels_registration_are_rejected_per_item()
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        object[] batch =
        [
            Item($"{prefix}-1", $"{prefix}ZT1", "SIGN", DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc)),
            Item($"{prefix}-2", $"{prefix}ZT1", "SIGN", new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Utc)),
            Item($"{prefix}-3", $"{prefix}ZT1", "SIGN", Created - TimeSpan.FromHours(1) - TimeSpan.FromMinutes(1)),
            Item($"{prefix}-4", $"{prefix}ZT1", "GOT", Created - TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1)),
        ];

        var response = await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<IngestResponse>(ct);
        Assert.Equal(1, body!.Accepted);
        Assert.Equal(["eventTime is before 2000-01-01", "eventTime is before 2000-01-01", "eventTime is more than 60 minutes before the parcel's registration"],
            body.Rejections.Select(r => r.Reason));
        Assert.Equal([$"{prefix}-4"], await StoredEventIdsAsync(prefix));
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(ct);
        var parcel = await db.Parcels.SingleAsync(p => p.TrackingNumber == $"{prefix}ZT1", ct);
        Assert.Null(parcel.DeliveredUtc);
    }

    [Theory]
    [InlineData("\"2026-12-02T10:00:00\"", "eventTime has no UTC offset: write it like 2026-12-02T10:00:00+08:00 or 2026-12-02T02:00:00Z")]
    [InlineData("\"2026-12-02 10:00\"", "eventTime is not a time: write it like 2026-12-02T10:00:00+08:00 or 2026-12-02T02:00:00Z")]
    [InlineData("\"yesterday\"", "eventTime is not a time: write it like 2026-12-02T10:00:00+08:00 or 2026-12-02T02:00:00Z")]
    [InlineData("12345", "wrong type for field: eventTime (expected a string)")]
    [InlineData("{}", "wrong type for field: eventTime (expected a string)")]
    public async Task A_bad_event_time_is_a_per_item_rejection_and_the_rest_of_the_batch_is_stored(string eventTimeJson, string reason)
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        var good = Created.AddHours(2);
        var json = $$"""
            [
              {"eventId": "{{prefix}}-1", "trackingNumber": "{{prefix}}ZT1", "statusCode": "GOT", "eventTime": {{eventTimeJson}}},
              {"eventId": "{{prefix}}-2", "trackingNumber": "{{prefix}}ZT1", "statusCode": "ARRIVAL", "eventTime": "{{good:yyyy-MM-ddTHH:mm:ss}}Z"},
              {"eventId": "{{prefix}}-3", "trackingNumber": "{{prefix}}ZT1", "statusCode": "DEPARTURE", "eventTime": "{{good.AddHours(8):yyyy-MM-ddTHH:mm:ss.fff}}+08:00"}
            ]
            """;

        var response = await PostRawAsync(http, json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<IngestResponse>(ct);
        var rejection = Assert.Single(body!.Rejections);
        Assert.Equal((0, reason), (rejection.Index, rejection.Reason));
        Assert.Equal([$"{prefix}-2", $"{prefix}-3"], await StoredEventIdsAsync(prefix));
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(ct);
        var times = await db.TrackingEvents.Where(e => e.CarrierEventId.StartsWith(prefix)).Select(e => e.EventUtc).ToListAsync(ct);
        Assert.All(times, t => Assert.Equal(good.Ticks / TimeSpan.TicksPerSecond, t.Ticks / TimeSpan.TicksPerSecond));
    }

    [Fact]
    public async Task A_wrong_type_for_any_field_rejects_only_that_item()
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        var at = $"{Created.AddHours(1):yyyy-MM-ddTHH:mm:ss}Z";
        var json = $$"""
            [
              {"eventId": 42, "trackingNumber": "{{prefix}}ZT1", "statusCode": "GOT", "eventTime": "{{at}}"},
              {"eventId": "{{prefix}}-2", "trackingNumber": ["{{prefix}}ZT1"], "statusCode": "GOT", "eventTime": "{{at}}"},
              "not an object",
              7,
              {"eventId": "{{prefix}}-5", "trackingNumber": "{{prefix}}ZT1", "statusCode": "GOT", "eventTime": "{{at}}", "unknownField": [1, {"a": null}]},
              {"eventId": "{{prefix}}-6\ud800", "trackingNumber": "{{prefix}}ZT1", "statusCode": "GOT", "eventTime": "{{at}}"}
            ]
            """;

        var response = await PostRawAsync(http, json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<IngestResponse>(ct);
        Assert.Equal(
            [(0, "wrong type for field: eventId (expected a string)"), (1, "wrong type for field: trackingNumber (expected a string)"),
                (2, "event is not a JSON object"), (3, "event is not a JSON object"), (5, "eventId is not valid text")],
            body!.Rejections.Select(r => (r.Index, r.Reason)));
        Assert.Equal([$"{prefix}-5"], await StoredEventIdsAsync(prefix));
    }

    public static TheoryData<string, string, string, string> InvisibleValues => new()
    {
        { "\\u200B", "ZT1", "GOT", "eventId has no visible characters" },
        { "\\u0000", "ZT1", "GOT", "eventId has no visible characters" },
        { "\\u200B\\uFEFF\\u2060 \\t", "ZT1", "GOT", "eventId has no visible characters" },
        { "-a\\u0000b", "ZT1", "GOT", "eventId contains control or invisible characters" },
        { "-a\\u200Bb", "ZT1", "GOT", "eventId contains control or invisible characters" },
        { "-1", "\\u200B", "GOT", "trackingNumber has no visible characters" },
        { "-1", "ZT1\\u0007", "GOT", "trackingNumber contains control or invisible characters" },
        { "-1", "ZT1", "\\u200B\\u0000", "statusCode has no visible characters" },
    };

    [Theory]
    [MemberData(nameof(InvisibleValues))]
    public async Task Ids_and_codes_that_are_invisible_or_hold_control_characters_are_rejected(string eventId, string trackingNumber, string code, string reason)
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        // Values starting with a visible character get the test's prefix so that a wrongly stored event is found.
        string Prefixed(string value) => value.StartsWith('\\') ? value : prefix + value;
        var json = $$"""
            [{"eventId": "{{Prefixed(eventId)}}", "trackingNumber": "{{Prefixed(trackingNumber)}}", "statusCode": "{{code}}",
              "eventTime": "{{Created.AddHours(1):yyyy-MM-ddTHH:mm:ss}}Z"}]
            """;

        var response = await PostRawAsync(http, json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<IngestResponse>(ct);
        Assert.Equal([reason], body!.Rejections.Select(r => r.Reason));
        Assert.Empty(await StoredEventIdsAsync(prefix));
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(ct);
        string zeroWidthSpace = "\u200B", nul = "\0"; // parameters: EF would inline constants into the SQL text
        Assert.False(await db.TrackingEvents.AnyAsync(e => e.CarrierEventId.Contains(zeroWidthSpace) || e.CarrierEventId.Contains(nul), ct));
    }

    [Fact]
    public async Task Ids_codes_and_hubs_are_trimmed_alike_and_stored_in_their_normalised_form()
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        object[] batch = [new { eventId = $"  {prefix}-1 ", trackingNumber = $" {prefix}ZT1\t", statusCode = " arrival\n", hubCode = " hgh ", eventTime = Created.AddHours(1) }];

        var response = await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct);

        var body = await response.Content.ReadFromJsonAsync<IngestResponse>(ct);
        Assert.Equal((1, 0), (body!.Accepted, body.Rejected));
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(ct);
        var stored = await db.TrackingEvents.SingleAsync(e => e.CarrierEventId.StartsWith(prefix), ct);
        Assert.Equal(($"{prefix}-1", "ARRIVAL", "ARRIVAL", 1), (stored.CarrierEventId, stored.RawCode, stored.RawText, stored.HubId));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("PROPFIND")]
    public async Task Other_methods_than_post_get_405_with_an_allow_header(string method)
    {
        var (http, _) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = server.CreateClient();

        foreach (var client in new[] { http, anonymous })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), "/api/carriers/zto/events");
            using var response = await client.SendAsync(request, ct);

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal(["POST"], response.Content.Headers.Allow);
        }
    }

    [Fact]
    public async Task Rejections_echo_client_input_cut_to_a_short_length()
    {
        var (http, prefix) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        var huge = new string('x', 100_000);
        object[] batch =
        [
            Item(prefix + huge, $"{prefix}ZT1", "GOT"),
            new { eventId = $"{prefix}-2", trackingNumber = $"{prefix}ZT1", statusCode = huge, eventTime = Created.AddHours(1) },
            new { eventId = $"{prefix}-3", trackingNumber = $"{prefix}ZT1", statusCode = "GOT", hubCode = huge, eventTime = Created.AddHours(1) },
            Item($"{prefix}-4", $"{prefix}ZT1" + huge, "GOT"),
        ];

        var response = await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(text.Length < 2_000, $"The answer has {text.Length} characters.");
        var body = JsonSerializer.Deserialize<IngestResponse>(text, JsonSerializerOptions.Web)!;
        Assert.Equal(4, body.Rejected);
        Assert.Equal((prefix + huge)[..64] + "…", body.Rejections[0].EventId);
        Assert.Equal("unknown status code '" + huge[..40] + "…'", body.Rejections[1].Reason);
        Assert.Equal("unknown hub '" + huge[..40] + "…'", body.Rejections[2].Reason);
        Assert.Empty(await StoredEventIdsAsync(prefix));
    }

    [Fact]
    public async Task Malformed_json_details_do_not_echo_a_huge_property_name()
    {
        var (http, _) = await ArrangeAsync();
        var ct = TestContext.Current.CancellationToken;
        var json = "[{\"" + new string('k', 100_000) + "\": [1, }]";

        var response = await PostRawAsync(http, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(text.Length < 2_000, $"The answer has {text.Length} characters.");
        Assert.Contains("Malformed JSON", text);
    }

    private async Task<(HttpClient Http, string Prefix)> ArrangeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var prefix = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var key = await server.Services.GetRequiredService<ApiKeys>().CreateCarrierKeyAsync(Zto, ct);
        await server.Services.GetRequiredService<IngestPipeline>().RegisterAsync(
        [
            new ParcelRegistration($"{prefix}ZT1", Zto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36), "Name", "Phone", "Address"),
            new ParcelRegistration($"{prefix}ST1", Sto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36), "Name", "Phone", "Address"),
        ], ct);
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Add(ApiKeys.HeaderName, key);
        return (http, prefix);
    }

    private async Task<int> EventCountAsync(string prefix)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.TrackingEvents.CountAsync(e => e.CarrierEventId.StartsWith(prefix), TestContext.Current.CancellationToken);
    }

    private async Task<List<string>> StoredEventIdsAsync(string prefix)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.TrackingEvents.Where(e => e.CarrierEventId.StartsWith(prefix)).OrderBy(e => e.CarrierEventId)
            .Select(e => e.CarrierEventId).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static Task<HttpResponseMessage> PostRawAsync(HttpClient http, string json) =>
        http.PostAsync("/api/carriers/zto/events", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    private static object Item(string eventId, string trackingNumber, string code, DateTime? at = null) =>
        new { eventId, trackingNumber, statusCode = code, statusText = "扫描 " + code, hubCode = "HGH", eventTime = at ?? Created.AddHours(1) };
}
