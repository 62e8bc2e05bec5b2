using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Simulation;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// <c>bench volume --days N</c>: N days of simulated history through the ingest writer into a fresh temporary
/// database, then the <c>/volume</c> read for the last N days, per day, stacked by carrier (rollup query, prior
/// period and the page's arithmetic), timed over repeated reads; the flows read is timed too, for information.
/// </summary>
public static class VolumeBenchmark
{
    private const int Samples = 100;

    public static async Task<int> RunAsync(int days, int parcelsPerDay)
    {
        using var database = await BenchmarkDatabase.CreateAsync("volume");
        var connectionString = database.ConnectionString;

        var fill = Stopwatch.StartNew();
        var (now, events) = await FillAsync(database, days, parcelsPerDay);
        long volumeRows, flowRows, parcels;
        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            volumeRows = await db.DailyVolumes.LongCountAsync();
            flowRows = await db.DailyFlows.LongCountAsync() + await db.FlowTransitHistograms.LongCountAsync();
            parcels = await db.Parcels.LongCountAsync();
        }

        Console.WriteLine($"Loaded {days} days: {parcels:N0} parcels, {events:N0} events in {fill.Elapsed.TotalSeconds:F1} s; " +
            $"{volumeRows:N0} daily volume rows, {flowRows:N0} flow rows; clock at {now:u}.");

        var contexts = SqliteOptions.CreateFactory(connectionString);
        var volume = new VolumeQuery(contexts);
        var flows = new FlowQuery(contexts);
        var range = new DayRange(OperationsCalendar.DayOf(now) - days + 1, OperationsCalendar.DayOf(now), "custom");
        VolumeFigures? figures = null;
        var volumeTimes = await BenchmarkTimer.TimeAsync(Samples, async () => figures = VolumeCalculator.Compute(await volume.ReadAsync(range, StackBy.Carrier, now), Granularity.Day));
        var flowTimes = await BenchmarkTimer.TimeAsync(Samples, async () => FlowCalculator.Compute(await flows.ReadAsync(range, now)));

        var p95 = BenchmarkTimer.Percentile(volumeTimes, 0.95);
        Console.WriteLine($"Volume, {days}-day daily series stacked by carrier: {BenchmarkTimer.Quantiles(volumeTimes)} over {Samples} reads " +
            $"({figures!.Series.Count} series x {figures.Buckets.Count} days, {figures.Headline.Total:N0} parcels, growth {figures.Headline.Growth:N0})");
        Console.WriteLine($"Flows over the same range:                 {BenchmarkTimer.Quantiles(flowTimes)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $$"""{"bench":"volume","days":{{days}},"p95_ms":{{p95:F3}}}"""));
        return 0;
    }

    /// <summary>N days of the simulator's traffic through the pipeline with its queue kept full; returns its clock and the events stored.</summary>
    private static async Task<(DateTime Now, long Events)> FillAsync(BenchmarkDatabase database, int days, int parcelsPerDay)
    {
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = parcelsPerDay }, new SimulatorScenarios());
        var end = new DateTime(2026, 11, 22, 4, 0, 0, DateTimeKind.Utc);
        engine.StartAt(end.AddDays(-days));
        var pipeline = await database.StartPipelineAsync();
        var feed = new PipelineFeed(pipeline);
        var steps = 0;
        while (engine.ClockUtc < end)
        {
            var batch = engine.AdvanceTo(engine.ClockUtc.AddHours(3));
            await feed.SubmitAsync(batch.ToIngestBatch());
            if (++steps % 80 == 0) Console.Error.WriteLine($"  {steps / 8} of {days} days loaded…");
        }

        await feed.DrainAsync();
        await pipeline.StopAsync(CancellationToken.None);
        return (engine.ClockUtc, feed.Outcomes.Count(o => o == EventOutcome.Accepted));
    }
}
