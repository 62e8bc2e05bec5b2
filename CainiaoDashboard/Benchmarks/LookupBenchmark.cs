using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Simulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// <c>bench lookup --parcels N</c>: N simulated parcels (with their carrier events, hand-overs and complaints)
/// written by the ingest writer into a fresh temporary database, then what support staff wait for: finding a
/// parcel by a tracking number and reading its whole detail page (search + detail queries), and the first
/// page of the Late and Stalled queues with their counts, exactly as the pages run them.
/// </summary>
public static class LookupBenchmark
{
    private const int LookupSamples = 1000, QueueSamples = 100, PageSize = 25;

    public static async Task<int> RunAsync(int parcels)
    {
        using var database = await BenchmarkDatabase.CreateAsync("lookup");
        var connectionString = database.ConnectionString;

        var fill = Stopwatch.StartNew();
        var (now, events) = await FillAsync(database, parcels);
        Console.WriteLine($"Loaded {parcels:N0} parcels with {events:N0} events in {fill.Elapsed.TotalSeconds:F1} s; clock at {now:u}.");

        var contexts = SqliteOptions.CreateFactory(connectionString);
        var options = Options.Create(new KpiOptions());
        var list = new ParcelListQuery(contexts, options);
        var lookup = new ParcelLookup(contexts);
        var detail = new ParcelDetailQuery(contexts, list);

        List<string> numbers;
        await using (var db = contexts.CreateDbContext())
        {
            numbers = await db.ParcelTrackingNumbers
                .FromSqlRaw($"SELECT * FROM ParcelTrackingNumbers ORDER BY random() LIMIT {LookupSamples}")
                .Select(t => t.TrackingNumber).ToListAsync();
        }

        var shown = new int?[numbers.Count];
        var lookups = await BenchmarkTimer.TimeAsync(numbers.Count, async i =>
        {
            var result = await lookup.SearchAsync(numbers[i]);
            var parcel = result.ExactMatch is { } exact ? await detail.GetAsync(exact, now, includePersonalData: true) : null;
            shown[i] = parcel?.Events.Count;
        });
        var found = shown.Count(s => s is not null);
        var eventsShown = shown.Sum(s => s ?? 0);

        async Task<double> TimeQueueAsync(ParcelView view)
        {
            var filter = ParcelListFilter.All with { View = view };
            var count = 0;
            var pages = await BenchmarkTimer.TimeAsync(QueueSamples, async _ =>
            {
                var page = await list.PageAsync(filter, ParcelSort.Default, false, 0, PageSize, now, includePersonalData: true);
                count = page.Count;
            });
            Console.WriteLine($"{view} view, first page of {PageSize} with count: {BenchmarkTimer.Quantiles(pages)} over {QueueSamples} reads; {count:N0} parcels");
            return BenchmarkTimer.Percentile(pages, 0.95);
        }

        Console.WriteLine($"Lookup (search + detail page queries): {BenchmarkTimer.Quantiles(lookups)} over {numbers.Count:N0} random tracking numbers; {found:N0} found, {eventsShown / (double)Math.Max(1, found):F1} events each");
        var lookupP95 = BenchmarkTimer.Percentile(lookups, 0.95);
        var lateP95 = await TimeQueueAsync(ParcelView.Late);
        var stalledP95 = await TimeQueueAsync(ParcelView.Stalled);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"bench":"lookup","parcels":{{parcels}},"lookup_p95_ms":{{lookupP95:F3}},"late_page_p95_ms":{{lateP95:F3}},"stalled_page_p95_ms":{{stalledP95:F3}}}"""));
        return found == numbers.Count ? 0 : 1;
    }

    /// <summary>
    /// Runs the simulator over about two weeks until it has registered exactly N parcels, through the pipeline with its
    /// queue kept full; returns its clock and the events stored.
    /// </summary>
    private static async Task<(DateTime Now, long Events)> FillAsync(BenchmarkDatabase database, int parcels)
    {
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = Math.Max(500, parcels / 14) }, new SimulatorScenarios());
        engine.StartAt(new DateTime(2026, 11, 8, 16, 0, 0, DateTimeKind.Utc));
        var pipeline = await database.StartPipelineAsync();
        var feed = new PipelineFeed(pipeline);
        var registered = 0;
        while (registered < parcels)
        {
            var batch = engine.AdvanceTo(engine.ClockUtc.AddHours(1));
            var take = Math.Min(batch.Parcels.Count, parcels - registered);
            var parcelsToSend = take == batch.Parcels.Count ? batch.Parcels : batch.Parcels.Take(take).ToList();
            await feed.SubmitAsync(new IngestBatch(parcelsToSend, batch.Events, batch.Complaints));
            registered += take;
            if (registered / 100_000 != (registered - take) / 100_000) Console.Error.WriteLine($"  {registered:N0} parcels loaded…");
        }

        await feed.DrainAsync();
        await pipeline.StopAsync(CancellationToken.None);
        return (engine.ClockUtc, feed.Outcomes.Count(o => o == EventOutcome.Accepted));
    }
}
