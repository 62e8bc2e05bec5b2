namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// Streams one file's rows through the write path: read, checked by the API's validator, submitted in chunks without
/// waiting for each, so the single writer always has the next batch queued while this thread reads on. Rejected rows
/// go to the rejects file as their verdicts come back. The file is never held in memory, only the rows in flight, and
/// those are bounded by count and by characters (a file of rows padded to the reader's limit stays within
/// <see cref="MaxCharsInFlight"/>). A batch the writer cannot store stops the import with the reason; what was
/// committed before stays, and the same import again goes on.
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

    private readonly record struct PendingRow(long Line, string[] Fields, TItem Item);

    public async Task<SheetCounts> RunAsync(string path, CsvRowReader reader, CsvColumns columns, ImportProgress progress, CancellationToken cancellationToken)
    {
        using var rejects = new RejectsFile(path, columns.Header);
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
                pending.Add(new PendingRow(row.Line, row.Fields, item!));
                foreach (var value in row.Fields) pendingChars += value.Length;
                if (pending.Count == ChunkRows || pendingChars >= MaxCharsInFlight / 8) await SubmitAsync(rejects, columns, cancellationToken);
            }

            if ((rows & 1023) == 0) progress.Report(rows, reader.BytesRead);
        }

        if (pending.Count > 0) await SubmitAsync(rejects, columns, cancellationToken);
        while (inFlight.Count > 0) await TakeOldestAsync(rejects, columns);
        progress.Complete(rows);
        return new SheetCounts(path, sheet.Noun, rows, stored, duplicates, changed, rejects.Count, rejects.Count > 0 ? rejects.Path : null);
    }

    private async Task SubmitAsync(RejectsFile rejects, CsvColumns columns, CancellationToken cancellationToken)
    {
        var (rows, chars) = (pending, pendingChars);
        (pending, pendingChars) = (new List<PendingRow>(ChunkRows), 0);
        inFlight.Enqueue((pipeline.SubmitAsync(sheet.Batch(rows.ConvertAll(r => r.Item)), cancellationToken), rows, chars));
        (queuedRows, queuedChars) = (queuedRows + rows.Count, queuedChars + chars);
        while (queuedRows > rowsInFlight || queuedChars > MaxCharsInFlight) await TakeOldestAsync(rejects, columns);
    }

    private async Task TakeOldestAsync(RejectsFile rejects, CsvColumns columns)
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
                default: Reject(rejects, columns, rows[i].Line, rows[i].Fields, verdicts[i].Reason!); break;
            }
        }
    }

    private void Reject(RejectsFile rejects, CsvColumns columns, long line, string[] fields, string reason)
    {
        rejects.Write(line, fields, reason);
        sheet.OnRejected(columns, fields, line);
    }
}
