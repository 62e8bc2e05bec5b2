using System.Net.Http.Json;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// Two instances on one PostgreSQL database taking carrier scans at once (issue 21): each is posted 200,000 scans over
/// the carrier API, for the same parcels, shuffled, with re-sent duplicates, some of them sent to the other instance.
/// Nothing acknowledged may be lost, nothing counted twice, and the result must be what one writer makes of the same scans.
/// </summary>
public sealed class ConcurrentIngestTests(PostgresInstances instances) : IClassFixture<PostgresInstances>
{
    private const int Parcels = 20_000, PostedPerInstance = 200_000, Duplicates = 12_000, PerRequest = JsonBatchBody.MaxItems;

    [Fact]
    public async Task Two_instances_ingesting_overlapping_parcels_at_once_equal_a_single_writers_replay_and_lose_no_acknowledged_scan()
    {
        var ct = TestContext.Current.CancellationToken;
        var random = new Random(2026_12_05);
        // Dated to the tick, as .NET senders do: the store keeps microseconds, and the instances must agree with the replay anyway.
        var created = DateTime.UtcNow.AddDays(-8);
        var parcels = Enumerable.Range(0, Parcels).Select(i => Parcel($"CC{i:D6}", created.AddSeconds(i * 7))).ToArray();
        var codes = CarrierStatusCodes.All.Where(c => c is not ("HANDOVER" or "CANCEL" or "RETURN")).ToArray();
        var hubs = ReferenceData.Hubs.Where(h => h.Code is "HGH" or "SHA" or "CAN" or "PEK").ToArray();
        var scans = Enumerable.Range(0, 2 * PostedPerInstance - Duplicates).Select(i =>
        {
            var parcel = parcels[random.Next(parcels.Length)];
            var hub = hubs[random.Next(hubs.Length)];
            return new Scan($"c{i}", parcel.TrackingNumber, codes[random.Next(codes.Length)], hub,
                parcel.CreatedUtc.AddMinutes(random.Next(1, 5 * 24 * 60)));
        }).ToArray();
        var posted = scans.Concat(Enumerable.Range(0, Duplicates).Select(_ => scans[random.Next(scans.Length)])).OrderBy(_ => random.Next()).ToArray();

        await instances.A.Services.GetRequiredService<IngestPipeline>().RegisterAsync(parcels, ct);
        using var toA = await CarrierApi.ClientAsync(instances.A, Zto, ct);
        using var toB = await CarrierApi.ClientAsync(instances.B, Zto, ct);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answers = await Task.WhenAll(
            PostAllAsync(toA, posted.Where((_, i) => i % 2 == 0).ToArray(), ct),
            PostAllAsync(toB, posted.Where((_, i) => i % 2 == 1).ToArray(), ct));

        TestContext.Current.SendDiagnosticMessage($"{posted.Length:N0} scans through two instances in {clock.Elapsed.TotalSeconds:F1} s.");
        var accepted = answers.Sum(a => a.Accepted);
        Assert.Equal(0, answers.Sum(a => a.Rejected));
        Assert.Equal(scans.Length, accepted);
        Assert.Equal(Duplicates, answers.Sum(a => a.Duplicates));
        List<string> applied;
        await using (var db = instances.Store.CreateContext())
        {
            Assert.Equal(accepted, await db.TrackingEvents.CountAsync(ct));
            // The order the two writers applied them in: a parcel's scans are stored under its row lock, so by id in that order.
            applied = await db.TrackingEvents.OrderBy(e => e.Id).Select(e => e.CarrierEventId).ToListAsync(ct);
        }

        var byId = scans.ToDictionary(s => s.EventId);
        Assert.Equal(byId.Keys.Order(), applied.Order());
        // A parcel's figures depend on the order its scans arrive in (a late earlier attempt is counted where it lands),
        // so the single writer replays them in the order the two applied them; how they were batched does not matter.
        using var replay = await MigratedDatabase.CreateAsync("replay", DatabaseProvider.Postgres);
        using (var writer = replay.NewWriter())
        {
            writer.Register(parcels);
            foreach (var chunk in applied.Select(id => byId[id].ToEvent()).Chunk(20_000)) writer.Apply(chunk, DateTime.UtcNow);
        }

        Assert.Equal(await RollupAudit.FingerprintAsync(replay.Store, ct), await RollupAudit.FingerprintAsync(instances.Store, ct));
    }

    private static async Task<(int Accepted, int Duplicates, int Rejected)> PostAllAsync(HttpClient http, Scan[] scans, CancellationToken ct)
    {
        int accepted = 0, duplicates = 0, rejected = 0;
        foreach (var request in scans.Chunk(PerRequest))
        {
            using var response = await http.PostAsJsonAsync("/api/carriers/zto/events", request.Select(s => s.Body()).ToArray(), ct);
            response.EnsureSuccessStatusCode();
            var answer = (await response.Content.ReadFromJsonAsync<IngestResponse>(ct))!;
            (accepted, duplicates, rejected) = (accepted + answer.Accepted, duplicates + answer.Duplicates, rejected + answer.Rejected);
        }

        return (accepted, duplicates, rejected);
    }

    private static ParcelRegistration Parcel(string trackingNumber, DateTime createdUtc) =>
        new(trackingNumber, Zto, EastToEast, NextDay, Tmall, createdUtc, createdUtc.AddDays(1), "Li Wei", "+86 138 0000 0000", "Hangzhou");

    private sealed record Scan(string EventId, string TrackingNumber, string Code, Hub Hub, DateTime AtUtc)
    {
        public object Body() => new
        {
            eventId = EventId, trackingNumber = TrackingNumber, statusCode = Code, statusText = "扫描 " + Code, hubCode = Hub.Code,
            eventTime = new DateTimeOffset(AtUtc, TimeSpan.Zero),
        };

        public CarrierEvent ToEvent()
        {
            CarrierStatusCodes.TryNormalise(Code, out var status, out var subStatus);
            return new CarrierEvent(Zto, EventId, TrackingNumber, status, subStatus, Code, "扫描 " + Code, Hub.Id, AtUtc);
        }
    }
}
