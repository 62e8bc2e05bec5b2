using CainiaoDashboard.Ingest;
using CainiaoDashboard.Ingest.Import;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>The history import on a test database: the real pipeline and the APIs' validators, progress as plain lines.</summary>
public static class ImportRun
{
    /// <summary>The repository's example files, as the README shows them.</summary>
    public static string Sample(string file) => Path.GetFullPath(Path.Combine(FolderGraph.AppFolder(), "..", "samples", file));

    public static async Task<(ImportSummary Summary, string Output)> RunAsync(MigratedDatabase database, ImportFiles files, CancellationToken ct)
    {
        Assert.Empty(HistoryImport.Check(files));
        var pipeline = database.NewPipeline();
        await pipeline.StartAsync(ct);
        try
        {
            var import = new HistoryImport(pipeline, new IncomingParcelValidator(TimeProvider.System), new CarrierEventValidator(TimeProvider.System),
                new IncomingComplaintValidator(TimeProvider.System), Options.Create(new IngestOptions()));
            var output = new StringWriter();
            var summary = await import.RunAsync(files, output, terminal: false, ct);
            return (summary, output.ToString());
        }
        finally
        {
            await pipeline.StopAsync(CancellationToken.None);
            pipeline.Dispose();
        }
    }

    /// <summary>The rejects file's rows after its header: line, then reason.</summary>
    public static List<(long Line, string Reason)> Rejects(string importedFile)
    {
        using var reader = new CsvRowReader(File.OpenRead(importedFile + ".rejects.csv"));
        reader.TryRead(out _);
        var rows = new List<(long, string)>();
        while (reader.TryRead(out var row)) rows.Add((long.Parse(row.Fields[0]), row.Fields[^1]));
        return rows;
    }
}
