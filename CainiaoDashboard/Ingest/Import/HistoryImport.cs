using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// <c>import --parcels P.csv [--events E.csv] [--complaints C.csv]</c>: an operator's history through the one write
/// path, file after file (parcels first, so that their events find them, and a rejected registration takes its events
/// and complaints with it). Every header is checked before anything is stored; after that no row stops the import.
/// </summary>
public sealed class HistoryImport(
    IngestPipeline pipeline,
    IncomingParcelValidator parcelValidator,
    CarrierEventValidator eventValidator,
    IncomingComplaintValidator complaintValidator,
    IOptions<IngestOptions> options,
    TimeProvider? time = null)
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    /// <summary>What is wrong with the files before anything is read into the store (missing, unreadable, a bad header); empty when nothing.</summary>
    public static IReadOnlyList<string> Check(ImportFiles files)
    {
        var problems = new List<string>();
        if (files.Parcels is null && files.Events is null && files.Complaints is null) problems.Add("Name at least one file to import.");
        foreach (var (path, columns, required) in Sheets(files))
        {
            try
            {
                using var stream = File.OpenRead(path);
                if (!stream.CanSeek)
                {
                    // Read three times (checked, searched for repeated numbers, imported): a pipe gives its rows once.
                    problems.Add($"{path} is not a regular file (a pipe?): save it to a file first.");
                    continue;
                }

                using var reader = new CsvRowReader(stream);
                if (!reader.TryRead(out var header))
                {
                    problems.Add($"{path} is empty: it needs a header row naming its columns.");
                    continue;
                }

                if (CsvColumns.Bind(header, columns, required).Error is { } error) problems.Add($"{path}: {error}.");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{path} cannot be read: {ex.Message}");
            }
        }

        return problems;
    }

    /// <summary>Imports the files (which <see cref="Check"/> found sound), reporting progress to <paramref name="output"/>.</summary>
    /// <param name="terminal">Whether <paramref name="output"/> is a terminal, where progress is a bar redrawn in place.</param>
    public async Task<ImportSummary> RunAsync(ImportFiles files, TextWriter output, bool terminal, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var rowsInFlight = Math.Max(2 * options.Value.BatchSize, 10_000);
        var rejectedParcels = new RejectedParcels(files.Parcels ?? "");
        var sheets = new List<SheetCounts>();
        if (files.Parcels is { } parcels)
        {
            await output.WriteLineAsync($"{Path.GetFileName(parcels)}: looking for tracking numbers repeated with different content...");
            var conflicts = InFileConflicts.Find(parcels, ParcelSheet.AllColumns);
            sheets.Add(await ImportAsync(parcels, new ParcelSheet(parcelValidator, rejectedParcels, conflicts), rowsInFlight, output, terminal, cancellationToken));
        }

        if (files.Events is { } events)
        {
            sheets.Add(await ImportAsync(events, new EventSheet(eventValidator, rejectedParcels), rowsInFlight, output, terminal, cancellationToken));
        }

        if (files.Complaints is { } complaints)
        {
            sheets.Add(await ImportAsync(complaints, new ComplaintSheet(complaintValidator, rejectedParcels, files.Platform), rowsInFlight, output,
                terminal, cancellationToken));
        }

        return new ImportSummary(sheets, clock.GetElapsedTime(started));
    }

    private async Task<SheetCounts> ImportAsync<TItem>(
        string path, ImportSheet<TItem> sheet, int rowsInFlight, TextWriter output, bool terminal, CancellationToken cancellationToken)
        where TItem : class
    {
        using var reader = new CsvRowReader(File.OpenRead(path));
        reader.TryRead(out var header);
        var (columns, error) = CsvColumns.Bind(header, sheet.Columns, sheet.Required);
        if (columns is null) throw new InvalidDataException($"{path}: {error}"); // Check refuses such a file before any import
        var progress = new ImportProgress(output, terminal, Path.GetFileName(path), new FileInfo(path).Length, clock);
        var counts = await new SheetImport<TItem>(sheet, pipeline, rowsInFlight).RunAsync(path, reader, columns, progress, cancellationToken);
        await output.WriteLineAsync(counts.Describe());
        return counts;
    }

    private static IEnumerable<(string Path, IReadOnlyList<string> Columns, IReadOnlyList<string> Required)> Sheets(ImportFiles files)
    {
        if (files.Parcels is { } parcels) yield return (parcels, ParcelSheet.AllColumns, ParcelSheet.RequiredColumns);
        if (files.Events is { } events) yield return (events, EventSheet.AllColumns, EventSheet.RequiredColumns);
        if (files.Complaints is { } complaints) yield return (complaints, ComplaintSheet.AllColumns, ComplaintSheet.RequiredColumns);
    }
}
