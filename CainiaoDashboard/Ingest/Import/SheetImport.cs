namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// Streams one file's rows through the write path: read, checked by the API's validator, submitted in chunks without
/// waiting for each, so the single writer always has the next batch queued while this thread reads on. Rows the
/// validator refuses go to the rejects file at once, rows the writer refuses when the file has been read. The file is
/// never held in memory, only what the rows in flight hold, bounded by count and by the rows' characters (a file of
/// rows padded to the reader's limit stays within <see cref="MaxCharsInFlight"/>). A batch the writer cannot store
/// stops the import with the reason; what was committed before stays, and the same import again goes on.
/// </summary>
public sealed class SheetImport<TItem>(ImportSheet<TItem> sheet, IngestPipeline pipeline, int rowsInFlight) where TItem : class
{
    private const int ChunkRows = 5_000;

    /// <summary>
    /// About 512 MB of row text waiting for the writer at most, whatever the row count allows (two batches' worth): about
    /// two million event rows, so the writer takes batches of up to a million, as in a burst of live traffic, and saves
    /// each parcel less often. bench import --parcels 1000000 here: 93.9 and 94.8 s with half this (peak working set 3.2
    /// GB), 86.5 to 92.8 s with this (3.8 to 4.8 GB; 3.1 GB once rows shared their repeated texts, <see cref="RepeatedText"/>).
    /// </summary>
    public const long MaxCharsInFlight = 256L * 1024 * 1024;

    private readonly Queue<(Task<IngestBatchResult> Result, List<PendingRow> Rows, long Chars)> inFlight = new();
    private List<PendingRow> pending = new(ChunkRows);
    private long pendingChars, queuedChars;
    private int queuedRows;
    private long stored, duplicates, changed;
    private readonly List<(long Line, string Reason)> refusedByWriter = [];

    private readonly record struct PendingRow(long Line, TItem Item);

    public async Task<SheetCounts> RunAsync(string path, CsvRowReader reader, CsvColumns columns, ImportProgress progress, CancellationToken cancellationToken)
    {
        using var rejects = new RejectsFile(path, columns.Header);
        long rows;
        try
        {
            rows = await SubmitRowsAsync(reader, columns, rejects, progress, cancellationToken);
        }
        finally
        {
            // Also when a failed batch stopped the import: the rows refused before it belong in the rejects file.
            if (refusedByWriter.Count > 0) WriteRefusedRows(path, rejects, columns);
        }

        progress.Complete(rows);
        return new SheetCounts(path, sheet.Noun, rows, stored, duplicates, changed, rejects.Count, rejects.Count > 0 ? rejects.Path : null);
    }

    /// <returns>How many rows the file has.</returns>
    private async Task<long> SubmitRowsAsync(CsvRowReader reader, CsvColumns columns, RejectsFile rejects, ImportProgress progress,
        CancellationToken cancellationToken)
    {
        long rows = 0;
        while (reader.TryRead(out var row))
        {
            rows++;
            var error = columns.Check(row);
            TItem? item = null;
            if (error is null) (item, error) = sheet.Read(columns, row.Fields);
            if (error is not null)
            {
                Reject(rejects, columns, row.Line, row.Fields, error);
            }
            else
            {
                pending.Add(new PendingRow(row.Line, item!));
                foreach (var value in row.Fields) pendingChars += value.Length;
                if (pending.Count == ChunkRows || pendingChars >= MaxCharsInFlight / 8) await SubmitAsync(cancellationToken);
            }

            if ((rows & 1023) == 0) progress.Report(rows, reader.BytesRead);
        }

        if (pending.Count > 0) await SubmitAsync(cancellationToken);
        while (inFlight.Count > 0) await TakeOldestAsync();
        return rows;
    }

    private async Task SubmitAsync(CancellationToken cancellationToken)
    {
        var (rows, chars) = (pending, pendingChars);
        (pending, pendingChars) = (new List<PendingRow>(ChunkRows), 0);
        inFlight.Enqueue((pipeline.SubmitAsync(sheet.Batch(rows.ConvertAll(r => r.Item)), cancellationToken), rows, chars));
        (queuedRows, queuedChars) = (queuedRows + rows.Count, queuedChars + chars);
        while (queuedRows > rowsInFlight || queuedChars > MaxCharsInFlight) await TakeOldestAsync();
    }

    private async Task TakeOldestAsync()
    {
        var (result, rows, chars) = inFlight.Dequeue();
        (queuedRows, queuedChars) = (queuedRows - rows.Count, queuedChars - chars);
        var verdicts = sheet.Verdicts(await result);
        for (var i = 0; i < rows.Count; i++)
        {
            switch (verdicts[i].Outcome)
            {
                case ImportOutcome.Stored: stored++; break;
                case ImportOutcome.Duplicate: duplicates++; break;
                case ImportOutcome.Changed: changed++; break;
                default: refusedByWriter.Add((rows[i].Line, verdicts[i].Reason!)); break;
            }
        }
    }

    /// <summary>
    /// The rows the writer refused, their fields read again from the file: a row in flight keeps its line and item, not
    /// its text, which with a million rows in flight was copied by every garbage collection it lived through; and the
    /// writer refuses few rows (a number taken, a parcel unknown), in line order.
    /// </summary>
    private void WriteRefusedRows(string path, RejectsFile rejects, CsvColumns columns)
    {
        using var reader = new CsvRowReader(File.OpenRead(path));
        var next = 0;
        while (next < refusedByWriter.Count && reader.TryRead(out var row))
        {
            if (row.Line == refusedByWriter[next].Line) Reject(rejects, columns, row.Line, row.Fields, refusedByWriter[next++].Reason);
        }
    }

    private void Reject(RejectsFile rejects, CsvColumns columns, long line, string[] fields, string reason)
    {
        rejects.Write(line, fields, reason);
        sheet.OnRejected(columns, fields, line);
    }
}
