using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

/// <summary>
/// Runs the real dashboard as its own process, posts events from several clients, kills the process
/// outright mid-stream (SIGKILL, no graceful shutdown) and checks the database it leaves behind.
/// </summary>
public sealed class IngestCrashRecoveryTests() : MigratedDatabaseTests("crash.db")
{
    private static readonly string[] Lifecycle = ["CREATE", "GOT", "ARRIVAL", "DEPARTURE", "ARRIVAL", "SENT_SCAN", "FAILED_NOT_HOME", "SIGN"];
    private const int Parcels = 3000, Posters = 4, BatchLength = 250;

    // The parcels spread over the lanes from East China to each Chinese region.
    private static readonly int[] Lanes =
        [.. new[] { "CN-EAST", "CN-SOUTH", "CN-NORTH", "CN-CENTRAL", "CN-WEST" }.Select(to => ReferenceData.Lane("CN-EAST", to).Id)];

    private string ConnectionString => Database.ConnectionString;

    [Fact]
    public async Task Every_acknowledged_event_survives_a_kill_and_rollups_match_a_recomputation()
    {
        var ct = TestContext.Current.CancellationToken;
        var created = DateTime.UtcNow.AddDays(-2);
        using (var writer = new IngestWriter(ConnectionString))
        {
            writer.Register(Enumerable.Range(0, Parcels).Select(i => new ParcelRegistration(
                $"KILL{i:D6}", Zto, Lanes[i % Lanes.Length], NextDay, Tmall, created.AddSeconds(i), created.AddSeconds(i).AddHours(36), "n", "p", "a")).ToList());
        }

        var key = await CreateKeyAsync(ct);
        var acknowledged = new ConcurrentBag<string>();
        using (var app = await AppProcess.StartAsync(ConnectionString, ct))
        {
            using var http = new HttpClient { BaseAddress = app.BaseAddress };
            http.DefaultRequestHeaders.Add(ApiKeys.HeaderName, key);
            var all = Enumerable.Range(0, Parcels * Lifecycle.Length).Select(n => Event(n, created)).ToArray();
            var batches = new ConcurrentQueue<object[]>(all.Chunk(BatchLength));
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var posters = Enumerable.Range(0, Posters).Select(_ => PostUntilStoppedAsync(http, batches, acknowledged, stop.Token)).ToArray();

            // Kill in the middle of heavy ingest: once a good share is acknowledged, with requests in flight.
            var clock = Stopwatch.StartNew();
            while (acknowledged.Count < all.Length / 3 && clock.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(20, ct);
            app.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(posters);
            Assert.NotEmpty(batches);
        }

        await using (var db = Database.NewContext())
        {
            var stored = (await db.TrackingEvents.Select(e => e.CarrierEventId).ToListAsync(ct)).ToHashSet();
            Assert.True(acknowledged.Count > 1000, $"Only {acknowledged.Count} events were acknowledged before the kill.");
            Assert.All(acknowledged, id => Assert.Contains(id, stored));
            Assert.Equal(stored.Count, await db.HourlyRollups.SumAsync(r => r.Events, ct));
        }

        Assert.Equal(await RollupAudit.RecomputedFingerprintAsync(ConnectionString, Database.FolderPath, ct),
            await RollupAudit.FingerprintAsync(ConnectionString, ct));

        // The killed database opens again and keeps taking events; acknowledged ones come back as duplicates.
        using (var restarted = await AppProcess.StartAsync(ConnectionString, ct))
        {
            using var http = new HttpClient { BaseAddress = restarted.BaseAddress };
            http.DefaultRequestHeaders.Add(ApiKeys.HeaderName, key);
            var again = await http.PostAsJsonAsync("/api/carriers/zto/events", new[] { Event(0, created) }, ct);
            var body = await again.Content.ReadFromJsonAsync<IngestResponse>(ct);
            Assert.Equal(acknowledged.Contains("k0") ? 1 : 0, body!.Duplicates);
        }
    }

    private static async Task PostUntilStoppedAsync(
        HttpClient http, ConcurrentQueue<object[]> batches, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && batches.TryDequeue(out var batch))
        {
            try
            {
                var response = await http.PostAsJsonAsync("/api/carriers/zto/events", batch, stop);
                if (response.StatusCode != HttpStatusCode.OK) continue;
                var body = await response.Content.ReadFromJsonAsync<IngestResponse>(stop);
                if (body is { Rejected: 0, Duplicates: 0 })
                {
                    foreach (dynamic item in batch) acknowledged.Add((string)item.eventId);
                }
            }
            catch (Exception)
            {
                // The server died with this request in flight: it was never acknowledged.
                return;
            }
        }
    }

    private static object Event(int n, DateTime created)
    {
        var parcel = n % Parcels;
        var step = n / Parcels;
        return new
        {
            eventId = $"k{n}",
            trackingNumber = $"KILL{parcel:D6}",
            statusCode = Lifecycle[step],
            statusText = "scan " + Lifecycle[step],
            hubCode = step < 4 ? "HGH" : "SHA",
            eventTime = created.AddSeconds(parcel).AddHours(1 + step * 3),
        };
    }

    private async Task<string> CreateKeyAsync(CancellationToken ct)
    {
        var output = await AppProcess.RunCommandAsync(["create-carrier-key", "ZTO"], ConnectionString, ct);
        return output.Trim().Split('\n')[^1].Trim();
    }
}
