using CainiaoDashboard.Rollups;
namespace CainiaoDashboard.Ingest;

/// <summary>Published once per committed batch, after the commit, with the events it accepted.</summary>
public sealed record IngestCommitted(
    DateTimeOffset CommittedAt,
    IReadOnlyList<CarrierEvent> AcceptedEvents,
    int RegisteredParcels,
    int FiledComplaints)
{
    /// <summary>Rollup buckets the batch changed, so caches re-read only those.</summary>
    public TouchedRollups Touched { get; init; } = TouchedRollups.None;

    /// <summary>Parcels whose complaints or internal notes changed in this batch (open detail pages refresh).</summary>
    public IReadOnlyList<long> SupportParcelIds { get; init; } = [];

    /// <summary>Committed by another dashboard instance on the shared database, and relayed here.</summary>
    public bool FromOtherInstance { get; init; }
}
