using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Ingest.Import;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// <c>bench import [--parcels N]</c>: the simulator's traffic for N parcels written as import files, imported through the
/// real command's code path on a fresh database (files read, rows validated, batches committed; every phase timed), then
/// <c>bench ingest</c>'s own measurement of as many events on the same machine for the ratio between the two.
/// </summary>
public static class ImportBenchmark
{
    public static async Task<int> RunAsync(int parcels)
    {
        using var database = await BenchmarkDatabase.CreateAsync("import");
        var history = SimulatedHistoryFiles.Write(Path.GetDirectoryName(database.PathOf("bench.db"))!, parcels);
        Console.WriteLine($"Files: {history.Parcels:N0} parcels, {history.Events:N0} events, {history.Complaints:N0} complaints " +
            $"({history.Bytes / 1e6:N0} MB) written in {history.Writing.TotalSeconds:F1} s");

        var timings = new StatementTimings();
        var pipeline = await database.StartPipelineAsync(timings);
        var collections = GarbageCollections.Now();
        var import = new HistoryImport(pipeline, new IncomingParcelValidator(TimeProvider.System), new CarrierEventValidator(TimeProvider.System),
            new IncomingComplaintValidator(TimeProvider.System), Options.Create(new IngestOptions()));
        ImportSummary summary;
        try
        {
            summary = await import.RunAsync(history.Files, Console.Out, !Console.IsOutputRedirected, CancellationToken.None);
        }
        finally
        {
            await pipeline.StopAsync(CancellationToken.None);
        }

        WriterStages.Print(timings.Stages);
        Console.WriteLine($"  (garbage collection meanwhile: {GarbageCollections.Now() - collections})");
        using (var process = Process.GetCurrentProcess())
        {
            Console.WriteLine($"Peak working set so far (files written, then imported): {process.PeakWorkingSet64 / 1e9:F1} GB");
        }

        if (summary.Rejected > 0)
        {
            Console.Error.WriteLine($"{summary.Rejected:N0} rows of the simulator's own traffic were rejected; see the rejects files.");
            return 1;
        }

        // The same number of events: the writer slows as the database grows, for the import and bench ingest alike.
        Console.WriteLine($"Measuring bench ingest on as many simulated events ({history.Events:N0}) for the comparison...");
        if (await IngestBenchmark.SimulatedEventsPerSecondAsync((int)history.Events) is not { } ingestRate) return 1;
        var seconds = summary.Elapsed.TotalSeconds;
        var importRate = history.Events / seconds;
        var ratio = importRate / ingestRate;
        Console.WriteLine($"Import: {history.Events:N0} events ({summary.Events:N0} new) of {summary.Parcels:N0} parcels in {seconds:F1} s = {importRate:N0} events/s");
        Console.WriteLine($"bench ingest --events {history.Events} on this machine: {ingestRate:N0} events/s; import / ingest = {ratio:F3}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"bench":"import","parcels":{{summary.Parcels}},"events":{{history.Events}},"complaints":{{summary.Complaints}},"seconds":{{seconds:F1}},"events_per_s":{{importRate:F0}},"ingest_events_per_s":{{ingestRate:F0}},"ratio_to_ingest":{{ratio:F3}}}"""));
        return 0;
    }
}
