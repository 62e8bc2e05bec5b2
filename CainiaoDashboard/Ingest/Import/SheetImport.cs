namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// Streams one file's rows through the write path: read, checked by the API's validator, submitted in chunks without
/// waiting for each, so the single writer always has the next batch queued while this thread reads on. Rejected rows
/// go to the rejects file as their verdicts come back; the file is never held in memory, only the rows in flight.
/// </summary>
public sealed class SheetImport<TItem>(ImportSheet<TItem> sheet, IngestPipeline pipeline, int rowsInFlight) where TItem : class
{
    private const int ChunkRows = 5_000;

    private readonly Queue<(Task<IngestBatchResult> Result, List<PendingRow> Rows)> inFlight = new();
    private List<PendingRow> pending = new(ChunkRows);
    private int queued;
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
                if (pending.Count == ChunkRows) await SubmitAsync(rejects, columns, cancellationToken);
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
        var rows = pending;
        pending = new List<PendingRow>(ChunkRows);
        inFlight.Enqueue((pipeline.SubmitAsync(sheet.Batch(rows.ConvertAll(r => r.Item)), cancellationToken), rows));
        queued += rows.Count;
        while (queued > rowsInFlight) await TakeOldestAsync(rejects, columns);
    }

    private async Task TakeOldestAsync(RejectsFile rejects, CsvColumns columns)
    {
        var (result, rows) = inFlight.Dequeue();
        queued -= rows.Count;
        RowVerdict[] verdicts;
        try
        {
            verdicts = sheet.Verdicts(await result);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            verdicts = await OneByOneAsync(rows);
        }

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

    /// <summary>
    /// A batch the writer could not store (and rolled back, whole) is tried again row by row, so that a row the
    /// validators let through and the database refuses costs that row only, and the import goes on.
    /// </summary>
    private async Task<RowVerdict[]> OneByOneAsync(List<PendingRow> rows)
    {
        var verdicts = new RowVerdict[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            try
            {
                verdicts[i] = sheet.Verdicts(await pipeline.SubmitAsync(sheet.Batch([rows[i].Item])))[0];
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                verdicts[i] = RowVerdict.Rejected($"could not be stored: {ClientEcho.Cut(ex.Message, 200)}");
            }
        }

        return verdicts;
    }

    private void Reject(RejectsFile rejects, CsvColumns columns, long line, string[] fields, string reason)
    {
        rejects.Write(line, fields, reason);
        sheet.OnRejected(columns, fields, line);
    }
}
