using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using Npgsql;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// <c>bench ingest [--provider sqlite|postgres] [--traffic simulated|synthetic] [--events N]</c>: N events through the
/// real pipeline (events de-duplicated, parcel state and rollups maintained) on a fresh temporary database, against the
/// engine's plainest write of N rows (<see cref="IIngestBaseline"/>: SQLite's batched prepared INSERT into a bare table,
/// PostgreSQL's binary COPY). The load is generated first and held in memory; only the pipeline is
/// timed, and where its time went is printed per stage.
/// </summary>
public static class IngestBenchmark
{
    public static async Task<int> RunAsync(int events, IngestTraffic traffic) =>
        await RunAsync(events, traffic, await BenchmarkDatabase.CreateAsync("ingest"));

    /// <summary>
    /// The same on a new database on the PostgreSQL server of <paramref name="serverConnectionString"/>, dropped afterwards.
    /// A server that cannot be reached, or refuses the login or the new database, is one line naming <paramref name="source"/>.
    /// </summary>
    /// <param name="source">Where the connection string came from (<c>--connection</c> or the environment variable), for the message.</param>
    public static async Task<int> RunOnPostgresAsync(int events, IngestTraffic traffic, string serverConnectionString, string source)
    {
        BenchmarkDatabase database;
        try
        {
            database = await BenchmarkDatabase.CreateOnServerAsync("ingest", serverConnectionString);
        }
        catch (NpgsqlException ex)
        {
            var server = new NpgsqlConnectionStringBuilder(serverConnectionString);
            await Console.Error.WriteLineAsync(
                $"{source}: no bench database could be created and migrated on the PostgreSQL server {server.Host}:{server.Port} as {server.Username ?? "the default user"}: {OneLine(ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message)}");
            return 1;
        }

        return await RunAsync(events, traffic, database);
    }

    private static string OneLine(string text) =>
        string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static async Task<int> RunAsync(int events, IngestTraffic traffic, BenchmarkDatabase created)
    {
        using var database = created;
        var load = IngestLoad.Generate(traffic, events);
        var timings = new StatementTimings();
        var pipeline = await database.StartPipelineAsync(timings);
        foreach (var batch in load.Setup) await pipeline.SubmitAsync(batch);
        var setupStages = timings.Stages;

        var collections = GarbageCollections.Now();
        var elapsed = await TimeAsync(pipeline, load);
        var collected = GarbageCollections.Now() - collections;
        await pipeline.StopAsync(CancellationToken.None);
        if (elapsed is null) return 1;

        var sent = load.Events;
        var eventsPerSecond = sent / elapsed.Value.TotalSeconds;
        var generatePerSecond = sent / load.Generating.TotalSeconds;
        var baseline = database.Baseline.RowsPerSecond(sent);
        var ratio = eventsPerSecond / baseline;
        var name = traffic.ToString().ToLowerInvariant();
        var provider = database.Store.Provider.ToString().ToLowerInvariant();
        Console.WriteLine($"Load ({name}): {sent:N0} events ({sent - load.DistinctEvents:N0} re-sent) generated in {load.Generating.TotalSeconds:F2} s = {generatePerSecond:N0} events/s");
        Console.WriteLine($"Ingest pipeline on {provider}: {sent:N0} events in {elapsed.Value.TotalSeconds:F2} s = {eventsPerSecond:N0} events/s");
        Console.WriteLine("  (events stored or refused as duplicates, parcel state and KPI rollups updated in the same transactions)");
        WriterStages.Print(Subtract(timings.Stages, setupStages));
        Console.WriteLine($"  (garbage collection meanwhile: {collected})");
        Console.WriteLine($"Baseline: {database.Baseline.Describe(sent)} = {baseline:N0} rows/s");
        Console.WriteLine($"Ratio: {ratio:F3}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"bench":"ingest","provider":"{{provider}}","traffic":"{{name}}","events":{{sent}},"events_per_s":{{eventsPerSecond:F0}},"baseline_rows_per_s":{{baseline:F0}},"ratio":{{ratio:F3}},"generate_events_per_s":{{generatePerSecond:F0}}}"""));
        return 0;
    }

    /// <summary>What <c>bench ingest</c> reports, alone: the pipeline's events per second on N simulated events, on a fresh database.</summary>
    public static async Task<double?> SimulatedEventsPerSecondAsync(int events)
    {
        using var database = await BenchmarkDatabase.CreateAsync("ingest");
        var load = IngestLoad.Generate(IngestTraffic.Simulated, events);
        var pipeline = await database.StartPipelineAsync();
        var elapsed = await TimeAsync(pipeline, load);
        await pipeline.StopAsync(CancellationToken.None);
        return elapsed is { } time ? load.Events / time.TotalSeconds : null;
    }

    /// <summary>The time the pipeline takes over the load's batches; null (and why, on standard error) when it did not accept every distinct event.</summary>
    private static async Task<TimeSpan?> TimeAsync(IngestPipeline pipeline, IngestLoad load)
    {
        var clock = Stopwatch.StartNew();
        var feed = new PipelineFeed(pipeline);
        foreach (var batch in load.Batches) await feed.SubmitAsync(batch);
        await feed.DrainAsync();
        clock.Stop();
        var accepted = feed.Outcomes.Count(o => o == EventOutcome.Accepted);
        if (accepted == load.DistinctEvents) return clock.Elapsed;
        Console.Error.WriteLine($"{accepted:N0} events were accepted; {load.DistinctEvents:N0} distinct events were sent.");
        return null;
    }

    private static IReadOnlyList<StageTiming> Subtract(IReadOnlyList<StageTiming> all, IReadOnlyList<StageTiming> setup) =>
        [.. all.Select(s => setup.FirstOrDefault(u => u.Stage == s.Stage) is { } before
            ? s with { Count = s.Count - before.Count, Elapsed = s.Elapsed - before.Elapsed }
            : s).Where(s => s.Count > 0).OrderByDescending(s => s.Elapsed)];
}
