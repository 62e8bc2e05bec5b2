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
    private const int Zto = 1, Sto = 2;

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
