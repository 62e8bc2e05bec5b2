using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Simulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Simulation;

/// <summary>The hosted simulator on a real SQLite file: seeding on first start, resuming after a restart.</summary>
public sealed class TrafficSimulationServiceTests() : MigratedDatabaseTests("simulator.db")
{
    private const int HistoryDays = 3;
    private static readonly DateTime Anchor = new(2026, 11, 18, 9, 0, 0, DateTimeKind.Utc);
    private static readonly SimulatorOptions Traffic = new() { Enabled = false, Seed = 11, ParcelsPerDay = 2000 };

    private IngestPipeline pipeline = default!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        pipeline = Database.NewPipeline();
        await pipeline.StartAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_restart_over_the_same_span_files_no_complaint_again()
    {
        var ct = TestContext.Current.CancellationToken;
        // Stop the first run right after a complaint: the restart resumes from the newest parcel's creation, before it,
        // and sends that complaint again.
        var complaint = RecentComplaint();
        var stop = complaint.OpenedUtc;

        await RunOnceAsync(stop, ct);
        var afterFirstRun = await CountsAsync(ct);
        Assert.Equal(1, await StoredCountAsync(complaint, ct));
        await using (var db = Database.NewContext())
        {
            var newestParcel = await db.Parcels.MaxAsync(p => p.CreatedUtc, ct);
            Assert.True(newestParcel < stop, "The restart must re-send the span that holds the complaint.");
            // Seeding filed every complaint under the simulator's key for its parcel.
            var keys = await db.Complaints.Select(c => new { c.IdempotencyKey, c.ParcelId }).ToListAsync(ct);
            Assert.All(keys, k => Assert.StartsWith("SIM-", k.IdempotencyKey));
            Assert.Equal(keys.Count, keys.Select(k => k.ParcelId).Distinct().Count());
        }

        await RunOnceAsync(stop, ct);

        Assert.Equal(afterFirstRun, await CountsAsync(ct));
        Assert.Equal(1, await StoredCountAsync(complaint, ct));
    }

    [Fact]
    public async Task Seeding_sends_some_scans_late_and_still_stores_every_simulated_event_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var accepted = new List<CarrierEvent>();
        pipeline.Committed += committed =>
        {
            lock (accepted) accepted.AddRange(committed.AcceptedEvents);
        };

        await RunOnceAsync(Anchor, ct);

        var probe = new TrafficEngine(Traffic, new SimulatorScenarios());
        probe.StartAt(Anchor.AddDays(-HistoryDays));
        var simulated = probe.AdvanceTo(Anchor).Events.Select(e => e.CarrierId + "/" + e.CarrierEventId).Order().ToList();
        Assert.Equal(simulated, (await StoredEventKeysAsync(ct)).Order());
        Assert.Equal(simulated, accepted.Select(e => e.CarrierId + "/" + e.CarrierEventId).Order());

        var overtaken = accepted.GroupBy(e => e.TrackingNumber)
            .Count(parcel => parcel.Zip(parcel.Skip(1)).Any(pair => pair.Second.EventUtc < pair.First.EventUtc));
        Assert.True(overtaken > 100, $"only {overtaken} parcels had a scan arrive after a later one");
    }

    [Fact]
    public async Task A_restart_sends_the_scans_the_stopped_run_still_held_back()
    {
        var ct = TestContext.Current.CancellationToken;
        // A run that stopped before its carriers sent what they held back from its last batch.
        var engine = new TrafficEngine(Traffic, new SimulatorScenarios());
        var habits = new CarrierHabits(Traffic);
        engine.StartAt(Anchor.AddDays(-HistoryDays));
        var simulated = new List<string>();
        while (engine.ClockUtc < Anchor)
        {
            var batch = engine.AdvanceTo(engine.ClockUtc.AddHours(6));
            simulated.AddRange(batch.Events.Select(e => e.CarrierId + "/" + e.CarrierEventId));
            var sent = habits.Apply(batch);
            await pipeline.SubmitAsync(sent.ToIngestBatch(), ct);
        }

        var heldAtStop = habits.Release().Events.Select(e => e.CarrierId + "/" + e.CarrierEventId).ToHashSet();
        Assert.NotEmpty(heldAtStop.Except(await StoredEventKeysAsync(ct)));

        await RunOnceAsync(Anchor.AddMinutes(1), ct);

        Assert.Empty(simulated.Except(await StoredEventKeysAsync(ct)));
    }

    [Fact]
    public async Task A_restart_resumes_from_its_own_newest_parcel_whatever_real_parcels_were_registered_since()
    {
        var ct = TestContext.Current.CancellationToken;
        var restart = Anchor.AddHours(18); // three times the span a restart goes back over
        await RunOnceAsync(Anchor, ct);
        // A real parcel, ordered after the simulator stopped: it says nothing about where the simulator stopped.
        await TestParcels.RegisterAsync(pipeline, restart.AddMinutes(-30), ct, "ZT4400000000001");

        await RunOnceAsync(restart, ct);

        var probe = new TrafficEngine(Traffic, new SimulatorScenarios());
        probe.StartAt(Anchor.AddDays(-HistoryDays));
        var simulated = probe.AdvanceTo(restart).Parcels.Where(p => p.CreatedUtc < restart.AddMinutes(-10)).Select(p => p.TrackingNumber).ToList();
        await using var db = Database.NewContext();
        var stored = await db.Parcels.Select(p => p.TrackingNumber).ToListAsync(ct);
        Assert.All(simulated, number => Assert.StartsWith(SimulatedParcels.Prefix, number));
        Assert.Empty(simulated.Except(stored));
        Assert.Contains("ZT4400000000001", stored);
    }

    private async Task<List<string>> StoredEventKeysAsync(CancellationToken ct)
    {
        await using var db = Database.NewContext();
        return await db.TrackingEvents.Select(e => e.CarrierId + "/" + e.CarrierEventId).ToListAsync(ct);
    }

    /// <summary>A complaint the seeded history holds: its parcel is born within the history window that ends at the complaint.</summary>
    private static ComplaintFiling RecentComplaint()
    {
        var probe = new TrafficEngine(Traffic, new SimulatorScenarios());
        probe.StartAt(Anchor.AddDays(-HistoryDays));
        var traffic = probe.AdvanceTo(Anchor);
        var created = traffic.Parcels.ToDictionary(p => p.TrackingNumber, p => p.CreatedUtc);
        return traffic.Complaints.Last(c =>
            created.TryGetValue(c.TrackingNumber, out var at) && c.OpenedUtc - at < TimeSpan.FromDays(HistoryDays - 0.5));
    }

    /// <summary>One start of the hosted service with the simulator off: it seeds or catches up to <paramref name="nowUtc"/>, then ends.</summary>
    private async Task RunOnceAsync(DateTime nowUtc, CancellationToken ct)
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(nowUtc));
        var contexts = Database.Contexts;
        using var service = new TrafficSimulationService(pipeline, new SimulatorScenarios(), new SeedingStatus(), contexts,
            Options.Create(Traffic), Options.Create(new SeedOptions { HistoryDays = HistoryDays }), clock,
            NullLogger<TrafficSimulationService>.Instance);
        await service.StartAsync(ct);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromMinutes(3), ct);
    }

    private async Task<(int Parcels, int Events, int Complaints, long ComplaintRollup)> CountsAsync(CancellationToken ct)
    {
        await using var db = Database.NewContext();
        return (await db.Parcels.CountAsync(ct), await db.TrackingEvents.CountAsync(ct), await db.Complaints.CountAsync(ct),
            await db.HourlyRollups.SumAsync(r => r.Complaints, ct));
    }

    private async Task<int> StoredCountAsync(ComplaintFiling complaint, CancellationToken ct)
    {
        await using var db = Database.NewContext();
        return await db.Complaints.CountAsync(c => c.OpenedUtc == complaint.OpenedUtc && c.Description == complaint.Description, ct);
    }

    public override async ValueTask DisposeAsync()
    {
        await pipeline.StopAsync(CancellationToken.None);
        pipeline.Dispose();
        await base.DisposeAsync();
    }
}
