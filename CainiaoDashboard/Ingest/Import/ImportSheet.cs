namespace CainiaoDashboard.Ingest.Import;

/// <summary>What became of one imported row.</summary>
public enum ImportOutcome
{
    Stored,

    /// <summary>Stored already (an earlier run, or the same row twice): nothing changed.</summary>
    Duplicate,

    /// <summary>A parcel registered before with a later promise now: the promise change is recorded.</summary>
    Changed,
    Rejected,
}

public readonly record struct RowVerdict(ImportOutcome Outcome, string? Reason = null)
{
    public static readonly RowVerdict Stored = new(ImportOutcome.Stored);
    public static readonly RowVerdict Duplicate = new(ImportOutcome.Duplicate);
    public static readonly RowVerdict Changed = new(ImportOutcome.Changed);
    public static RowVerdict Rejected(string reason) => new(ImportOutcome.Rejected, reason);
}

/// <summary>
/// One kind of import file: its columns (the API's field names), how a row becomes what the write path takes (through
/// the API's own validator), and what the write path's answer means for each row.
/// </summary>
public abstract class ImportSheet<TItem> where TItem : class
{
    /// <summary>What the file holds, plural: "parcels".</summary>
    public abstract string Noun { get; }

    public abstract IReadOnlyList<string> Columns { get; }
    public abstract IReadOnlyList<string> Required { get; }

    /// <summary>The row as the write path takes it, or why it is rejected.</summary>
    public abstract (TItem? Item, string? Error) Read(CsvColumns columns, string[] fields);

    public abstract IngestBatch Batch(IReadOnlyList<TItem> items);

    /// <summary>One verdict per item of <see cref="Batch"/>, in order.</summary>
    public abstract RowVerdict[] Verdicts(IngestBatchResult result);

    /// <summary>Told of every rejected row, readable or not (a parcel's rejection takes its events with it).</summary>
    public virtual void OnRejected(CsvColumns columns, string[] fields, long line)
    {
    }
}
