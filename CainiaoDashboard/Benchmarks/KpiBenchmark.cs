using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Simulation;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// <c>bench kpi --events N</c>: N simulated events through the pipeline into a fresh temporary database,
/// then the overview's KPI snapshot read from the rollups, cold and as the live notifier does it after each
/// commit, against the same KPIs computed by aggregating the raw events and parcels.
/// </summary>
public static class KpiBenchmark
{
    public const int DefaultRawRuns = 3, MaxRawRuns = 10;
    private const int ColdSamples = 20, LiveSamples = 100;

    /// <param name="rawRuns">How many times the KPIs are also computed from the raw events (0 skips it: at 50 M events
    /// one such run takes longer than the fill).</param>
    public static async Task<int> RunAsync(int events, int rawRuns = DefaultRawRuns)
    {
        using var database = await BenchmarkDatabase.CreateAsync("kpi");
        var connectionString = database.ConnectionString;

        var fill = Stopwatch.StartNew();
        var engine = SimulatedFortnight.Engine(SimulatedFortnight.OptionsFor(events));
        var pipeline = await database.StartPipelineAsync();
        await FillAsync(engine, pipeline, events);
        var fillSeconds = fill.Elapsed.TotalSeconds;
        Console.WriteLine($"Loaded {events:N0} simulated events in {fillSeconds:F1} s; clock at {engine.ClockUtc:u}.");

        var query = new OperationsSnapshotQuery(SqliteOptions.CreateFactory(connectionString), Options.Create(new KpiOptions()));
        var thresholds = new AlertThresholds();

        // Cold: the whole window read from scratch, as on the first refresh after a start.
        var cold = await BenchmarkTimer.TimeAsync(ColdSamples, async () =>
            OverviewCalculator.Compute(Snapshot(engine.ClockUtc, await query.ReadAsync(engine.ClockUtc)), OverviewFilter.All, thresholds));

        // Live: what the notifier does after each commit. One simulated minute of traffic is committed, then the
        // window re-reads the buckets the commit touched plus the small status and open-parcel counts.
        var window = new RollupWindow(query);
        pipeline.Committed += committed => window.Invalidate(committed.Touched);
        var touched = new List<(int Hours, int TransitDays)>();
        // On the writer's thread, while this one waits for the commit: the engine's clock is the commit's minute.
        pipeline.Committed += committed =>
        {
            var (firstHour, firstDay) = (OperationsSnapshotQuery.FirstHour(engine.ClockUtc), OperationsSnapshotQuery.FirstTransitDay(engine.ClockUtc));
            touched.Add((committed.Touched.Hours.Count(h => h >= firstHour), committed.Touched.TransitDays.Count(d => d >= firstDay)));
        };
        await window.RefreshAsync(engine.ClockUtc);
        var live = new double[LiveSamples];
        var computing = new double[LiveSamples];
        var liveEvents = 0;
        OverviewFigures? figures = null;
        for (var i = 0; i < LiveSamples; i++)
        {
            var minute = engine.AdvanceTo(engine.ClockUtc.AddMinutes(1));
            await pipeline.SubmitAsync(minute.ToIngestBatch());
            liveEvents += minute.Events.Count;
            var clock = Stopwatch.StartNew();
            var readout = await window.RefreshAsync(engine.ClockUtc);
            var read = clock.Elapsed;
            figures = OverviewCalculator.Compute(Snapshot(engine.ClockUtc, readout), OverviewFilter.All, thresholds);
            live[i] = clock.Elapsed.TotalMilliseconds;
            computing[i] = (clock.Elapsed - read).TotalMilliseconds;
        }

        await pipeline.StopAsync(CancellationToken.None);
        var (statusReads, openReads, hourReads, dayReads) = await TimeFullReadsAsync(query, engine.ClockUtc);
        var liveTouched = touched.TakeLast(LiveSamples).ToList();
        var databaseMb = DatabaseMegabytes(database);
        var now = engine.ClockUtc;
        NaiveKpis? naive = null;
        var naiveTimes = rawRuns == 0 ? [] : await BenchmarkTimer.TimeAsync(rawRuns, () =>
        {
            naive = NaiveKpis.Compute(connectionString, now, new KpiOptions());
            return Task.CompletedTask;
        });

        var p95 = BenchmarkTimer.Percentile(live, 0.95);
        var coldP95 = BenchmarkTimer.Percentile(cold, 0.95);
        Console.WriteLine($"Database: {databaseMb:N0} MB (file and write-ahead log) after {events:N0} events");
        Console.WriteLine($"Overview snapshot, cold read of the whole window: {BenchmarkTimer.Quantiles(cold)} over {ColdSamples} reads");
        Console.WriteLine($"Overview snapshot after a live commit:           {BenchmarkTimer.Quantiles(live)} over {LiveSamples} commits of one simulated minute ({liveEvents / (double)LiveSamples:F0} events each)");
        Console.WriteLine($"  of which the KPI computation:                  {BenchmarkTimer.Quantiles(computing)}");
        Console.WriteLine($"  read in full every time, status counts:        {BenchmarkTimer.Quantiles(statusReads)} over {PartSamples} reads afterwards");
        Console.WriteLine($"  read in full every time, open parcels:         {BenchmarkTimer.Quantiles(openReads)} over {PartSamples} reads afterwards (past their promise, stalled)");
        Console.WriteLine($"  re-read, the hours a commit touched:           {liveTouched.Average(t => t.Hours):F1} a commit on average; one hour {BenchmarkTimer.Quantiles(hourReads)}");
        Console.WriteLine($"  re-read, the transit days a commit touched:    {liveTouched.Average(t => t.TransitDays):F1} a commit on average; one day {BenchmarkTimer.Quantiles(dayReads)}");
        string naiveJson;
        if (naive is null)
        {
            Console.WriteLine("Same KPIs from raw events:                        not computed (--raw-runs 0)");
            naiveJson = "\"naive_p95_ms\":null,\"speedup\":null";
        }
        else
        {
            var naiveP95 = BenchmarkTimer.Percentile(naiveTimes, 0.95);
            Console.WriteLine($"Same KPIs from raw events:                        {BenchmarkTimer.Quantiles(naiveTimes, "F0")} over {rawRuns} runs");
            Console.WriteLine($"Speedup (live p95 against raw p95): {naiveP95 / p95:F0}x; against the cold read: {naiveP95 / coldP95:F0}x");
            naiveJson = string.Create(CultureInfo.InvariantCulture, $"\"naive_p95_ms\":{naiveP95:F1},\"speedup\":{naiveP95 / p95:F1}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"KPI",-28}{"rollups",14}{"raw events",14}");
        foreach (var kpi in figures!.Kpis)
        {
            Console.WriteLine($"{kpi.Name,-28}{Show(kpi.Value),14}{Show(naive?.Value(kpi.Name)),14}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"bench":"kpi","events":{{events}},"p95_ms":{{p95:F3}},{{naiveJson}},"fill_s":{{fillSeconds:F1}},"cold_p95_ms":{{coldP95:F3}},"db_mb":{{databaseMb:F0}}}"""));
        return 0;
    }

    /// <summary>
    /// The two reads a live refresh makes in full every time (status counts; open parcels past their promise or stalled),
    /// timed again on the final database: with the KPI computation, where a live refresh's time goes besides re-reading
    /// the buckets a commit touched.
    /// </summary>
    private static async Task<(double[] Statuses, double[] OpenParcels, double[] OneHour, double[] OneTransitDay)> TimeFullReadsAsync(OperationsSnapshotQuery query, DateTime now)
    {
        await using var db = await query.OpenAsync(CancellationToken.None);
        var statuses = await BenchmarkTimer.TimeAsync(PartSamples, () => query.ReadStatusesAsync(db, CancellationToken.None));
        var open = await BenchmarkTimer.TimeAsync(PartSamples, () => query.ReadOpenParcelsAsync(db, now, CancellationToken.None));
        var lastHour = OperationsCalendar.HourOf(now) - 1;
        var hour = await BenchmarkTimer.TimeAsync(PartSamples, () => query.ReadHoursAsync(db, lastHour, [lastHour], CancellationToken.None));
        var today = OperationsSnapshotQuery.FirstTransitDay(now) + (long)OperationsSnapshotQuery.TransitWindow.TotalDays;
        var day = await BenchmarkTimer.TimeAsync(PartSamples, () => query.ReadTransitAsync(db, today, [today], CancellationToken.None));
        return (statuses, open, hour, day);
    }

    private const int PartSamples = 20;

    private static OperationsSnapshot Snapshot(DateTime now, RollupReadout readout) =>
        new(now, 1, readout.Hours, readout.Statuses, readout.OpenParcels, readout.Transit, [], [], SeedingProgress.NotStarted);

    /// <summary>Runs the simulator until it has produced exactly N events.</summary>
    private static async Task FillAsync(TrafficEngine engine, IngestPipeline pipeline, int events)
    {
        var feed = new PipelineFeed(pipeline);
        var sent = 0;
        while (sent < events)
        {
            var hour = SimulatedFortnight.NextHour(engine, events - sent);
            await feed.SubmitAsync(hour.ToIngestBatch());
            var take = hour.Events.Count;
            sent += take;
            if (sent % 1_000_000 < take) Console.Error.WriteLine($"  {sent:N0} events loaded…");
        }

        await feed.DrainAsync();
    }

    private static double DatabaseMegabytes(BenchmarkDatabase database) =>
        new[] { "bench.db", "bench.db-wal" }.Select(database.PathOf).Where(File.Exists).Sum(path => new FileInfo(path).Length) / 1024.0 / 1024.0;

    private static string Show(double? value) => value is { } v ? v.ToString(v < 10 ? "0.0000" : "N0", CultureInfo.InvariantCulture) : "—";
}
