using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// Feeds simulated carrier traffic through the ingest pipeline, the same path the HTTP API uses. On first
/// start with an empty database it seeds <see cref="SeedOptions.HistoryDays"/> of history in large batches
/// (reporting progress to the live pages); after a restart it regenerates its in-flight parcels from the
/// seed and catches up from the newest stored parcel, the pipeline dropping events it already has; then it
/// advances with the clock every tick. Every batch goes out through <see cref="CarrierHabits"/>, so the pipeline meets
/// re-sent and late events as it would from real carriers. Errors are logged and retried; they never stop the host.
/// </summary>
public sealed class TrafficSimulationService(
    IngestPipeline pipeline,
    SimulatorScenarios scenarios,
    SeedingStatus seeding,
    IDbContextFactory<CainiaoDbContext> contexts,
    IOptions<SimulatorOptions> simulator,
    IOptions<SeedOptions> seed,
    TimeProvider time,
    ILogger<TrafficSimulationService> logger,
    StoreConnection? store = null) : BackgroundService
{
    // How often an instance whose simulator waits (another instance on the same PostgreSQL database runs it) tries to
    // take over: within this long of that instance stopping, the traffic goes on from here.
    private static readonly TimeSpan TakeOverAfter = TimeSpan.FromSeconds(5);

    // Six simulated hours per step; the pipeline gathers queued steps into batches of up to Ingest:BatchSize events.
    // Parcels, event ids and rollup cells sit all over their indexes, so each commit rewrites many pages: bigger commits
    // write a page once for many changes.
    private static readonly TimeSpan BulkStep = TimeSpan.FromHours(6);

    // Steps generated ahead of the writer: ten days of simulated traffic, so that a full batch (Ingest:BatchSize) waits
    // while the writer commits one at the default volume (bench seed --days 90: 202.8 s with 8 steps and batches of
    // 100,000 events, 181.4 s with 16 and 300,000; later, on a faster writer, 118.1 s with 16 and 1,000,000, 106.6 and
    // 110.7 s with 40; the process's peak working set 1.2 GB with 16, 1.8 GB with 40).
    private const int StepsInFlight = 40;
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    // Built on first use: with the simulator off and nothing to seed, its volume and tick are neither checked nor needed.
    private TrafficEngine? engine;

    private TrafficEngine Engine => engine ??= new TrafficEngine(simulator.Value, scenarios);

    // Replaced on every start, with the engine's restart: events a failed start held back are generated again anyway.
    private CarrierHabits habits = default!;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!simulator.Value.Enabled && seed.Value.HistoryDays <= 0) return;
        await Task.Yield();
        await using var lease = await LeaseAsync(stoppingToken);
        if (lease is null) return;

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await StartAsync();
                break;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Starting the traffic simulation failed; retrying in {Delay}.", RetryAfter);
                seeding.Report(new SeedingProgress(false, 0, "Seeding failed; retrying…"));
                await Task.Delay(RetryAfter, time, stoppingToken);
            }
        }

        if (!simulator.Value.Enabled) return;
        await RunLiveAsync(stoppingToken);

        async Task StartAsync()
        {
            var now = time.GetUtcNow().UtcDateTime;
            habits = new CarrierHabits(simulator.Value);
            var (oldest, watermark) = await StoredParcelSpanAsync(stoppingToken);
            if (watermark is { } newest && oldest is { } simulationStart && now - newest < TrafficEngine.MaxParcelLifetime)
            {
                // The last committed batch may have held events back for a batch that never came: go back one batch
                // (but not before the stored history began, whose earlier parcels were never registered).
                var resumeFrom = newest - BulkStep > simulationStart ? newest - BulkStep : simulationStart;
                Engine.ResumeAt(resumeFrom, simulationStart);
                await CatchUpAsync(resumeFrom, now, historyDays: null, stoppingToken);
                logger.LogInformation("Simulation resumed from {Watermark:u}.", resumeFrom);
            }
            else if (watermark is null && seed.Value.HistoryDays > 0)
            {
                var from = now.AddDays(-seed.Value.HistoryDays);
                Engine.StartAt(from);
                await CatchUpAsync(from, now, seed.Value.HistoryDays, stoppingToken);
                logger.LogInformation("Seeded {Days} days of history.", seed.Value.HistoryDays);
            }
            else
            {
                Engine.StartAt(now);
            }
        }
    }

    /// <summary>
    /// The simulator's lock (<see cref="StoreLock.Simulator"/>): one of the instances sharing a database seeds and runs the
    /// simulator, and another takes over when it stops. Null only when the host stops while waiting.
    /// </summary>
    private async Task<StoreLock?> LeaseAsync(CancellationToken stoppingToken)
    {
        // Built without a store (benchmarks, tests), it is alone on its database, as on a SQLite file.
        var shared = store ?? new StoreConnection(DatabaseProvider.Sqlite, "");
        var waiting = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await StoreLock.TryAcquireAsync(shared, StoreLock.Simulator, stoppingToken) is { } lease)
                {
                    if (waiting) logger.LogInformation("This instance runs the simulator now.");
                    return lease;
                }

                if (!waiting) logger.LogInformation("Another dashboard instance runs the simulator; this one takes over if it stops.");
                waiting = true;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Could not ask the database whether another instance runs the simulator; asking again in {Delay}.", TakeOverAfter);
            }

            try
            {
                await Task.Delay(TakeOverAfter, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return null;
    }

    /// <param name="historyDays">The days of history being seeded; null to catch up after a pause.</param>
    private async Task CatchUpAsync(DateTime from, DateTime until, int? historyDays, CancellationToken cancellationToken)
    {
        var activity = historyDays is { } days ? $"Seeding {days} days of history" : "Catching up simulated traffic";
        var total = (until - from).TotalSeconds;
        var report = until - from > TimeSpan.FromMinutes(5);
        if (report) seeding.Report(new SeedingProgress(true, 0, activity + "…", historyDays));
        // Generate ahead while the writer commits: the two share the work on two cores, and with several steps queued
        // the writer gathers full batches at once instead of waiting out its flush window for each step.
        var committing = new Queue<Task>();
        while (Engine.ClockUtc < until)
        {
            var stepEnd = Engine.ClockUtc + BulkStep < until ? Engine.ClockUtc + BulkStep : until;
            var batch = habits.Apply(Engine.AdvanceTo(stepEnd));
            if (committing.Count == StepsInFlight) await committing.Dequeue();
            committing.Enqueue(SubmitAsync(batch, cancellationToken));
            var fraction = total <= 0 ? 1 : (stepEnd - from).TotalSeconds / total;
            if (report) seeding.Report(new SeedingProgress(true, fraction, $"{activity}: {Formats.Percent(fraction, decimals: 0)}", historyDays));
        }

        while (committing.Count > 0) await committing.Dequeue();
        // Live ticks may never follow (simulator off): what the last batch held back goes now.
        await SubmitAsync(habits.Release(), cancellationToken);
        if (report) seeding.Report(new SeedingProgress(false, 1, activity + ": done", historyDays));
    }

    private async Task RunLiveAsync(CancellationToken stoppingToken)
    {
        var tick = TimeSpan.FromMilliseconds(Math.Max(50, simulator.Value.TickMilliseconds));
        SimulatedBatch? unsent = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A batch that failed to commit is kept and sent again before anything newer.
                unsent ??= habits.Apply(Engine.AdvanceTo(time.GetUtcNow().UtcDateTime));
                await SubmitAsync(unsent, stoppingToken);
                unsent = null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "A simulation tick failed; it will be retried.");
            }

            try
            {
                await Task.Delay(tick, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SubmitAsync(SimulatedBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Parcels.Count + batch.Events.Count + batch.Complaints.Count == 0) return;
        await pipeline.SubmitAsync(batch.ToIngestBatch(), cancellationToken);
    }

    private async Task<(DateTime? Oldest, DateTime? Newest)> StoredParcelSpanAsync(CancellationToken cancellationToken)
    {
        // The simulator's own parcels only: real ones registered beside them say nothing about where it stopped.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var simulated = db.Parcels.AsNoTracking().Where(p => p.TrackingNumber.StartsWith(SimulatedParcels.Prefix));
        var oldest = await simulated.OrderBy(p => p.CreatedUtc).Select(p => (DateTime?)p.CreatedUtc).FirstOrDefaultAsync(cancellationToken);
        var newest = await simulated.OrderByDescending(p => p.CreatedUtc).Select(p => (DateTime?)p.CreatedUtc).FirstOrDefaultAsync(cancellationToken);
        return (oldest, newest);
    }
}
