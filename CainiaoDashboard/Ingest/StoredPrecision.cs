namespace CainiaoDashboard.Ingest;

/// <summary>
/// Times go into the store to the microsecond, on either engine: PostgreSQL keeps no finer, and the writer must reason
/// with exactly what it stores (a parcel read back from the database meets a new scan as it did in memory; a
/// registration sent again compares equal). Senders rarely date finer; .NET clients' seven-digit fractions do.
/// </summary>
internal static class StoredPrecision
{
    private const long TicksPerMicrosecond = TimeSpan.TicksPerMicrosecond;

    public static DateTime Of(DateTime time) => time.AddTicks(-(time.Ticks % TicksPerMicrosecond));

    /// <summary>The batch with every time cut to the microsecond; the same batch when none is finer (almost always).</summary>
    public static IngestBatch Of(IngestBatch batch)
    {
        if (!IsFiner(batch)) return batch;
        return new IngestBatch(
            [.. batch.Parcels.Select(p => p with { CreatedUtc = Of(p.CreatedUtc), PromisedUtc = Of(p.PromisedUtc) })],
            [.. batch.Events.Select(e => e with { EventUtc = Of(e.EventUtc), EstimatedDeliveryUtc = e.EstimatedDeliveryUtc is { } at ? Of(at) : null })],
            [.. batch.Complaints.Select(c => c with { OpenedUtc = Of(c.OpenedUtc) })])
        {
            ComplaintUpdates = [.. batch.ComplaintUpdates.Select(u => u with { ChangedUtc = Of(u.ChangedUtc) })],
            Notes = [.. batch.Notes.Select(n => n with { CreatedUtc = Of(n.CreatedUtc) })],
        };
    }

    private static bool IsFiner(IngestBatch batch) =>
        batch.Parcels.Any(p => IsFiner(p.CreatedUtc) || IsFiner(p.PromisedUtc))
        || batch.Events.Any(e => IsFiner(e.EventUtc) || (e.EstimatedDeliveryUtc is { } at && IsFiner(at)))
        || batch.Complaints.Any(c => IsFiner(c.OpenedUtc))
        || batch.ComplaintUpdates.Any(u => IsFiner(u.ChangedUtc))
        || batch.Notes.Any(n => IsFiner(n.CreatedUtc));

    private static bool IsFiner(DateTime time) => time.Ticks % TicksPerMicrosecond != 0;
}
