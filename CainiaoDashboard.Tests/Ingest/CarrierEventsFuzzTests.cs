using System.Net.Http.Headers;
using System.Net;
using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

/// <summary>Hundreds of generated hostile requests against the ingest endpoint over real HTTP.</summary>
public sealed class CarrierEventsFuzzTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const int Seed = 1414;

    [Fact]
    public async Task Hostile_requests_get_no_5xx_the_promised_status_and_the_database_holds_exactly_the_valid_events()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = DateTime.UtcNow;
        var parties = await ArrangeAsync(now, ct);
        var requests = new HostileIngestRequests(Seed, now, "FZ", parties).Generate(400).ToList();
        using var http = server.CreateClient();

        // Four at a time, as several carrier systems would post; the expected set does not depend on the order.
        using var gate = new SemaphoreSlim(4);
        var statuses = await Task.WhenAll(requests.Select(async request =>
        {
            await gate.WaitAsync(ct);
            try
            {
                return await SendAsync(http, request, ct);
            }
            finally
            {
                gate.Release();
            }
        }));

        Assert.DoesNotContain(statuses, status => status >= 500);
        var unexpected = statuses.Select((status, i) => $"#{i} {requests[i].Kind}: expected {requests[i].ExpectedStatus}, got {status}")
            .Where((_, i) => !Answered(requests[i], statuses[i])).ToList();
        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected));

        var expected = requests.SelectMany(r => r.StoredEventIds).Select(id => (Zto, id)).ToHashSet();
        var stored = (await StoredEventsAsync(ct)).ToHashSet();
        Assert.True(expected.Count > 500, $"Only {expected.Count} valid events were generated.");
        Assert.Equal([], expected.Except(stored));
        Assert.Equal([], stored.Except(expected));
    }

    /// <summary>
    /// An oversized body is answered 413 and the connection closed at once; a client still sending the rest may see the
    /// connection go before it reads that answer. Either way nothing of it is stored (checked below).
    /// </summary>
    private static bool Answered(HostileRequest request, int status) =>
        status == request.ExpectedStatus || (request.ExpectedStatus == (int)HttpStatusCode.RequestEntityTooLarge && status == 0);

    private static async Task<int> SendAsync(HttpClient http, HostileRequest request, CancellationToken ct)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path);
        if (request.Body.Length > 0 || request.Method != "GET")
        {
            message.Content = new ByteArrayContent(request.Body);
            if (request.ContentType is not null) message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType);
        }

        if (request.ApiKey is not null) message.Headers.TryAddWithoutValidation(ApiKeys.HeaderName, request.ApiKey);
        try
        {
            using var response = await http.SendAsync(message, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0; // no answer at all (a dropped connection): reported with the request's kind below
        }
    }

    private async Task<IngestParties> ArrangeAsync(DateTime now, CancellationToken ct)
    {
        var keys = server.Services.GetRequiredService<ApiKeys>();
        var created = now.AddDays(-3);
        var parcels = Enumerable.Range(0, 30).Select(i => new RegisteredParcel($"FZZT{i:00000000}", created.AddMinutes(i * 10))).ToList();
        await server.Services.GetRequiredService<IngestPipeline>().RegisterAsync(
        [
            .. parcels.Select(p => new ParcelRegistration(p.TrackingNumber, Zto, EastToEast, NextDay, Tmall, p.CreatedUtc, p.CreatedUtc.AddHours(36), "Name", "Phone", "Address")),
            new ParcelRegistration("FZST00000001", Sto, EastToEast, NextDay, Tmall, created, created.AddHours(36), "Name", "Phone", "Address"),
        ], ct);
        return new IngestParties(await keys.CreateCarrierKeyAsync(Zto, ct), await keys.CreateCarrierKeyAsync(Sto, ct), parcels, "FZST00000001");
    }

    private async Task<List<(int, string)>> StoredEventsAsync(CancellationToken ct)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(ct);
        var rows = await db.TrackingEvents.Select(e => new { e.CarrierId, e.CarrierEventId }).ToListAsync(ct);
        return rows.Select(r => (r.CarrierId, r.CarrierEventId)).ToList();
    }
}
