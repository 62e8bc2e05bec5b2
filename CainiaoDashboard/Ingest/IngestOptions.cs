namespace CainiaoDashboard.Ingest;

/// <summary>Settings under <c>Ingest</c> in appsettings.json.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>
    /// A batch is committed once it holds this many events... Large on purpose: events land all over the parcel,
    /// event and rollup indexes, and one commit writes each touched page once however many changes it carries; a
    /// larger batch also holds more scans of each parcel, saved once. Only a backlog fills a batch (a burst, a seed, an
    /// import); under light load the window below decides. Measured here on 5 December 2026, night (bench ingest, 2 M
    /// simulated events; bench kpi, 10 M): 300,000 97,468 events/s and a 158 to 180 s fill, 600,000 102,898 to 105,322
    /// and 158 s, 1,000,000 101,794 to 104,138 and 136 to 146 s (643,231, 457,892 and 411,502 parcel saves at 2 M). The
    /// cost is memory while a backlog lasts: the batch being written and the next one waiting are both held.
    /// </summary>
    public int BatchSize { get; set; } = DefaultBatchSize;

    public const int DefaultBatchSize = IngestOptionsValidator.MaxBatchSize;

    /// <summary>...or once this long has passed since its first event, whichever comes first.</summary>
    public int FlushWindowMilliseconds { get; set; } = 50;

    public const int DefaultCachedParcels = 2_097_152;

    /// <summary>
    /// Parcels the writer keeps in memory (two generations of half each), about 200 bytes apiece with their tracking
    /// numbers: a scan of a cached parcel needs no read. It should hold the parcels in flight, which are scanned over
    /// and over for days (cross-border ones for weeks), and every parcel of an import, which registers them all before
    /// their scans; finished parcels leave it. The README has the measurements behind the default.
    /// </summary>
    public int CachedParcels { get; set; } = DefaultCachedParcels;

    /// <summary>Requests waiting for the writer before submitters are held back.</summary>
    public int QueueCapacity { get; set; } = 1024;
}
