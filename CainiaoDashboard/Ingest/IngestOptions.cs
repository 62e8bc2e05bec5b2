namespace CainiaoDashboard.Ingest;

/// <summary>Settings under <c>Ingest</c> in appsettings.json.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>
    /// A batch is committed once it holds this many events... Large on purpose: events land all over the parcel,
    /// event and rollup indexes, and one commit writes each touched page once however many changes it carries; a
    /// larger batch also holds more scans of each parcel, saved once. Only a backlog fills a batch (a burst, a seed, an
    /// import); under light load the window below decides. bench ingest on simulated traffic, alternate runs on one day:
    /// 2 M events 55,700 and 57,300 events/s at 100,000 against 60,900 and 59,800 at 300,000; 10 M events 33,200
    /// against 39,500 (8.45 M parcel saves against 6.55 M). The writer's page cache holds such a batch's pages
    /// (<see cref="SqliteWriterStore"/>): with 128 MB, 300,000 gained little, as the commit's pages spilled early.
    /// </summary>
    public int BatchSize { get; set; } = DefaultBatchSize;

    public const int DefaultBatchSize = 300_000;

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
