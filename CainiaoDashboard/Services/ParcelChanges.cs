using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Services;

/// <summary>Which parcels one committed batch touched: by the tracking numbers of accepted events, and by id for complaints and notes.</summary>
public sealed record ParcelChangeSet(IReadOnlySet<string> TrackingNumbers, IReadOnlySet<long> ParcelIds)
{
    public bool Touches(long parcelId, IEnumerable<string> trackingNumbers) =>
        ParcelIds.Contains(parcelId) || trackingNumbers.Any(TrackingNumbers.Contains);
}

/// <summary>
/// Singleton relay from <see cref="IngestPipeline.Committed"/> to open parcel pages: one set per commit, so a page
/// checks a hash set and re-queries only its own parcel, only when the parcel changed.
/// </summary>
public sealed class ParcelChanges : IDisposable
{
    private readonly IngestPipeline pipeline;
    private readonly ILogger<ParcelChanges> logger;

    public ParcelChanges(IngestPipeline pipeline, ILogger<ParcelChanges> logger)
    {
        this.pipeline = pipeline;
        this.logger = logger;
        pipeline.Committed += OnCommitted;
    }

    /// <summary>Raised on the writer's thread; handlers must marshal to their own context and return at once.</summary>
    public event Action<ParcelChangeSet>? Changed;

    private void OnCommitted(IngestCommitted commit)
    {
        if (Changed is null || (commit.AcceptedEvents.Count == 0 && commit.SupportParcelIds.Count == 0)) return;
        var set = new ParcelChangeSet(
            commit.AcceptedEvents.Select(e => e.TrackingNumber).ToHashSet(StringComparer.Ordinal),
            commit.SupportParcelIds.ToHashSet());
        foreach (var subscriber in Changed.GetInvocationList())
        {
            try
            {
                ((Action<ParcelChangeSet>)subscriber)(set);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A parcel page subscriber failed.");
            }
        }
    }

    public void Dispose() => pipeline.Committed -= OnCommitted;
}
