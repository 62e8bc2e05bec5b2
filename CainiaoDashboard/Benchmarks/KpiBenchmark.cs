using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Services;
using CainiaoDashboard.Simulation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// <c>bench kpi --events N</c>: N simulated events through the pipeline into a fresh temporary database,
/// then the overview's KPI snapshot read from the rollups (what the live notifier does after a commit)
/// against the same KPIs computed by aggregating the raw events and parcels.
/// </summary>
public static class KpiBenchmark
{
    private const int RollupSamples = 100, NaiveSamples = 5;

    public static async Task<int> RunAsync(int events)
    {
        var directory = Directory.CreateTempSubdirectory("cainiao-bench-kpi-");
        try
        {
            var connectionString = $"Data Source={Path.Combine(directory.FullName, "bench.db")}";
            await using (var db = SqliteOptions.CreateContext(connectionString)) await db.Database.MigrateAsync();

            var fill = Stopwatch.StartNew();
            var now = await FillAsync(connectionString, events);
            Console.WriteLine($"Loaded {events:N0} simulated events in {fill.Elapsed.TotalSeconds:F1} s; clock at {now:u}.");

            var contexts = new PooledFactory(connectionString);
            var query = new OperationsSnapshotQuery(contexts, Options.Create(new KpiOptions()));
            var thresholds = new AlertThresholds();
            OverviewFigures? figures = null;
            var rollup = await TimeAsync(RollupSamples, async () =>
            {
                var readout = await query.ReadAsync(now);
                var snapshot = new OperationsSnapshot(now, 1, readout.Hours, readout.Statuses, readout.OpenParcels, readout.Transit,
                    [], [], SeedingProgress.NotStarted);
                figures = OverviewCalculator.Compute(snapshot, OverviewFilter.All, thresholds);
            });

            NaiveKpis? naive = null;
            var naiveTimes = await TimeAsync(NaiveSamples, () =>
            {
                naive = NaiveKpis.Compute(connectionString, now, new KpiOptions());
                return Task.CompletedTask;
            });

            var p95 = Percentile(rollup, 0.95);
            var naiveP95 = Percentile(naiveTimes, 0.95);
            Console.WriteLine($"Overview snapshot from rollups: p50 {Percentile(rollup, 0.5):F2} ms, p95 {p95:F2} ms over {RollupSamples} reads");
            Console.WriteLine($"Same KPIs from raw events:      p50 {Percentile(naiveTimes, 0.5):F0} ms, p95 {naiveP95:F0} ms over {NaiveSamples} runs");
            Console.WriteLine($"Speedup: {naiveP95 / p95:F0}x");
            Console.WriteLine();
            Console.WriteLine($"{"KPI",-28}{"rollups",14}{"raw events",14}");
            foreach (var kpi in figures!.Kpis)
            {
                Console.WriteLine($"{kpi.Name,-28}{Show(kpi.Value),14}{Show(naive!.Value(kpi.Name)),14}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $$"""{"bench":"kpi","events":{{events}},"p95_ms":{{p95:F3}},"naive_p95_ms":{{naiveP95:F1}},"speedup":{{naiveP95 / p95:F1}}}"""));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Runs the simulator from 14 days back until it has produced exactly N events; returns its clock.</summary>
    private static async Task<DateTime> FillAsync(string connectionString, int events)
    {
        var perDay = Math.Max(1000, events / (14 * 8));
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = perDay }, new SimulatorScenarios());
        var start = new DateTime(2026, 11, 12, 16, 0, 0, DateTimeKind.Utc);
        engine.StartAt(start);
        var pipeline = new IngestPipeline(new IngestWriterFactory(connectionString), Options.Create(new IngestOptions()),
            TimeProvider.System, NullLogger<IngestPipeline>.Instance);
        await pipeline.StartAsync(CancellationToken.None);
        var sent = 0;
        while (sent < events)
        {
            var batch = engine.AdvanceTo(engine.ClockUtc.AddHours(1));
            var take = Math.Min(batch.Events.Count, events - sent);
            var eventsToSend = take == batch.Events.Count ? batch.Events : batch.Events.Take(take).ToList();
            await pipeline.SubmitAsync(new IngestBatch(batch.Parcels, eventsToSend, take == batch.Events.Count ? batch.Complaints : []));
            sent += take;
            if (sent % 1_000_000 < take) Console.Error.WriteLine($"  {sent:N0} events loaded…");
        }

        await pipeline.StopAsync(CancellationToken.None);
        return engine.ClockUtc;
    }

    private static async Task<double[]> TimeAsync(int samples, Func<Task> work)
    {
        await work(); // warm-up: JIT, page cache, EF model
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await work();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        return times;
    }

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string Show(double? value) => value is { } v ? v.ToString(v < 10 ? "0.0000" : "N0", CultureInfo.InvariantCulture) : "—";

    private sealed class PooledFactory(string connectionString) : IDbContextFactory<CainiaoDbContext>
    {
        private readonly DbContextOptions<CainiaoDbContext> options = Build(connectionString);

        private static DbContextOptions<CainiaoDbContext> Build(string connectionString)
        {
            var builder = new DbContextOptionsBuilder<CainiaoDbContext>();
            builder.UseCainiaoSqlite(connectionString);
            return builder.Options;
        }

        public CainiaoDbContext CreateDbContext() => new(options);
    }
}
