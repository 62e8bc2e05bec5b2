namespace CainiaoDashboard.Ingest;

/// <summary>Settings under <c>Ingest</c> in appsettings.json.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>
    /// A batch is committed once it holds this many events... Large on purpose: events land all over the parcel,
    /// event and rollup indexes, and one commit writes each touched page once however many changes it carries; a
    /// larger batch also holds more scans of each parcel, saved once (bench ingest on simulated traffic: 65,000
    /// events/s at 50,000, 70,700 at 100,000, 66,800 at 200,000). Under light load the window below decides.
    /// </summary>
    public int BatchSize { get; set; } = 100000;

    /// <summary>...or once this long has passed since its first event, whichever comes first.</summary>
    public int FlushWindowMilliseconds { get; set; } = 50;

    public const int DefaultCachedParcels = 524_288;

    /// <summary>
    /// Parcels the writer keeps in memory (two generations of half each), about 200 bytes apiece with their tracking
    /// numbers: a scan of a cached parcel needs no read. It should hold the parcels in flight, which are scanned over
    /// and over for days (cross-border ones for weeks); finished parcels leave it. At 131,072 the 90-day seed re-read
    /// 690,000 parcels that had dropped out and took 145 to 172 s; at 524,288 (about 100 MB at most) 124 to 126 s.
    /// </summary>
    public int CachedParcels { get; set; } = DefaultCachedParcels;

    /// <summary>Requests waiting for the writer before submitters are held back.</summary>
    public int QueueCapacity { get; set; } = 1024;
}
