using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// <c>bench ingest --events N</c>: N events through the real pipeline (parcel state and rollups maintained)
/// on a fresh temporary database, against a plain batched prepared INSERT of N rows into a bare table.
/// </summary>
public static class IngestBenchmark
{
    private static readonly string[] Lifecycle = ["CREATE", "GOT", "ARRIVAL", "DEPARTURE", "ARRIVAL", "DEPARTURE", "SENT_SCAN", "SIGN"];

    public static async Task<int> RunAsync(int events)
    {
        using var database = await BenchmarkDatabase.CreateAsync("ingest");
        var connectionString = database.ConnectionString;

        var parcelCount = (events + Lifecycle.Length - 1) / Lifecycle.Length;
        var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var pipeline = new IngestPipeline(new IngestWriterFactory(connectionString),
            Options.Create(new IngestOptions()), TimeProvider.System, NullLogger<IngestPipeline>.Instance);
        await pipeline.StartAsync(CancellationToken.None);

        var registrations = Enumerable.Range(0, parcelCount).Select(i => new ParcelRegistration(
            $"ZT{i:D10}", 1 + i % 3, 1 + i % 25, 1 + i % 3, 1 + i % 4, start.AddSeconds(i), start.AddSeconds(i).AddHours(36),
            "Bench Recipient", "+86 138 0000 0000", "Bench Road 1")).ToList();
        foreach (var chunk in registrations.Chunk(20_000)) await pipeline.RegisterAsync(chunk);

        var stream = Enumerable.Range(0, events).Select(n =>
        {
            var parcel = n / Lifecycle.Length;
            var step = n % Lifecycle.Length;
            CarrierStatusCodes.TryNormalise(Lifecycle[step], out var status, out var sub);
            return new CarrierEvent(1 + parcel % 3, $"e{n}", $"ZT{parcel:D10}", status, sub, Lifecycle[step], Lifecycle[step],
                1 + parcel % 8, start.AddSeconds(parcel).AddHours(step * 3));
        });

        var clock = Stopwatch.StartNew();
        var accepted = 0;
        var inFlight = new List<Task<EventOutcome[]>>();
        foreach (var chunk in stream.Chunk(5000))
        {
            inFlight.Add(pipeline.SubmitAsync(chunk));
            if (inFlight.Count == 4)
            {
                var done = await Task.WhenAny(inFlight);
                inFlight.Remove(done);
                accepted += (await done).Count(o => o == EventOutcome.Accepted);
            }
        }

        foreach (var outcome in await Task.WhenAll(inFlight)) accepted += outcome.Count(o => o == EventOutcome.Accepted);
        clock.Stop();
        await pipeline.StopAsync(CancellationToken.None);

        if (accepted != events)
        {
            Console.Error.WriteLine($"Only {accepted} of {events} events were accepted.");
            return 1;
        }

        var eventsPerSecond = events / clock.Elapsed.TotalSeconds;
        var baseline = BaselineRowsPerSecond(database.PathOf("baseline.db"), events);
        var ratio = eventsPerSecond / baseline;
        Console.WriteLine($"Ingest pipeline: {events:N0} events for {parcelCount:N0} parcels in {clock.Elapsed.TotalSeconds:F2} s = {eventsPerSecond:N0} events/s");
        Console.WriteLine($"  (events stored, parcel state and KPI rollups updated in the same transactions)");
        Console.WriteLine($"Baseline: plain prepared INSERT of {events:N0} rows into a bare table = {baseline:N0} rows/s");
        Console.WriteLine($"Ratio: {ratio:F3}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"bench":"ingest","events":{{events}},"events_per_s":{{eventsPerSecond:F0}},"baseline_rows_per_s":{{baseline:F0}},"ratio":{{ratio:F3}}}"""));
        return 0;
    }

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
