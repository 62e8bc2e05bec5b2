using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// <c>bench ingest [--traffic simulated|synthetic] [--events N]</c>: N events through the real pipeline (events
/// de-duplicated, parcel state and rollups maintained) on a fresh temporary database, against a plain batched
/// prepared INSERT of N rows into a bare table. The load is generated first and held in memory; only the pipeline is
/// timed, and where its time went is printed per stage.
/// </summary>
public static class IngestBenchmark
{
    public static async Task<int> RunAsync(int events, IngestTraffic traffic)
    {
        using var database = await BenchmarkDatabase.CreateAsync("ingest");
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
        var baseline = BaselineRowsPerSecond(database.PathOf("baseline.db"), sent);
        var ratio = eventsPerSecond / baseline;
        var name = traffic.ToString().ToLowerInvariant();
        Console.WriteLine($"Load ({name}): {sent:N0} events ({sent - load.DistinctEvents:N0} re-sent) generated in {load.Generating.TotalSeconds:F2} s = {generatePerSecond:N0} events/s");
        Console.WriteLine($"Ingest pipeline: {sent:N0} events in {elapsed.Value.TotalSeconds:F2} s = {eventsPerSecond:N0} events/s");
        Console.WriteLine("  (events stored or refused as duplicates, parcel state and KPI rollups updated in the same transactions)");
        WriterStages.Print(Subtract(timings.Stages, setupStages));
        Console.WriteLine($"  (garbage collection meanwhile: {collected})");
        Console.WriteLine($"Baseline: plain prepared INSERT of {sent:N0} rows into a bare table = {baseline:N0} rows/s");
        Console.WriteLine($"Ratio: {ratio:F3}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"bench":"ingest","traffic":"{{name}}","events":{{sent}},"events_per_s":{{eventsPerSecond:F0}},"baseline_rows_per_s":{{baseline:F0}},"ratio":{{ratio:F3}},"generate_events_per_s":{{generatePerSecond:F0}}}"""));
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

    private static double BaselineRowsPerSecond(string file, int rows)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        SqliteConnectionPragmas.Apply(connection);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE Bare (CarrierId INTEGER, CarrierEventId TEXT, ParcelId INTEGER, Status INTEGER, RawCode TEXT, EventUtc TEXT)";
            create.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        var at = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var done = 0; done < rows;)
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO Bare VALUES ($c, $e, $p, $s, $r, $t)";
            var c = insert.Parameters.Add("$c", SqliteType.Integer);
            var e = insert.Parameters.Add("$e", SqliteType.Text);
            var p = insert.Parameters.Add("$p", SqliteType.Integer);
            var s = insert.Parameters.Add("$s", SqliteType.Integer);
            var r = insert.Parameters.Add("$r", SqliteType.Text);
            var t = insert.Parameters.Add("$t", SqliteType.Text);
            insert.Prepare();
            for (var i = 0; i < 5000 && done < rows; i++, done++)
            {
                c.Value = 1 + done % 3; e.Value = $"e{done}"; p.Value = done / 8; s.Value = (int)ParcelStatus.InTransit;
                r.Value = "ARRIVAL"; t.Value = at.AddSeconds(done);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return rows / clock.Elapsed.TotalSeconds;
    }
}
