namespace CainiaoDashboard.Ingest;

/// <summary>Settings under <c>Ingest</c> in appsettings.json.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>A batch is committed once it holds this many events...</summary>
    public int BatchSize { get; set; } = 5000;

    /// <summary>...or once this long has passed since its first event, whichever comes first.</summary>
    public int FlushWindowMilliseconds { get; set; } = 50;

    /// <summary>Requests waiting for the writer before submitters are held back.</summary>
    public int QueueCapacity { get; set; } = 1024;
}
