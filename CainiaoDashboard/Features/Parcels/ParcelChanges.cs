using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared.Live;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>Which parcels one committed batch touched: by the tracking numbers of accepted events, and by id for complaints and notes.</summary>
public sealed record ParcelChangeSet(IReadOnlySet<string> TrackingNumbers, IReadOnlySet<long> ParcelIds)
{
    public bool Touches(long parcelId, IEnumerable<string> trackingNumbers) =>
        ParcelIds.Contains(parcelId) || trackingNumbers.Any(TrackingNumbers.Contains);

    public static readonly ParcelChangeSet None = new(new HashSet<string>(), new HashSet<long>());
}

/// <summary>
/// The notifier behind open parcel pages: a <see cref="LiveNotifier{T}"/> of <see cref="ParcelChangeSet"/>s, each the
/// union of the commits since the last one, published at most once per <see cref="MinimumInterval"/>. A page checks
/// a hash set and re-queries only its own parcel, only when the parcel changed.
/// </summary>
public sealed class ParcelChanges : IDisposable
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(500);

    private readonly IngestPipeline pipeline;
    private readonly Lock gate = new();
    private HashSet<string> trackingNumbers = new(StringComparer.Ordinal);
    private HashSet<long> parcelIds = [];

    public ParcelChanges(IngestPipeline pipeline, ILogger<ParcelChanges> logger)
    {
        this.pipeline = pipeline;
        // Wall-clock pacing on purpose: it paces reads, it is not domain time.
        Updates = new LiveNotifier<ParcelChangeSet>(ParcelChangeSet.None, _ => Task.FromResult(TakeChanges()),
            new LivePacing(MinimumInterval), TimeProvider.System, logger);
        pipeline.Committed += OnCommitted;
        Updates.Start();
    }

    /// <summary>The change sets, for pages to follow.</summary>
    public LiveNotifier<ParcelChangeSet> Updates { get; }

    private void OnCommitted(IngestCommitted commit)
    {
        if (commit.AcceptedEvents.Count == 0 && commit.SupportParcelIds.Count == 0) return;
        lock (gate)
        {
            trackingNumbers.UnionWith(commit.AcceptedEvents.Select(e => e.TrackingNumber));
            parcelIds.UnionWith(commit.SupportParcelIds);
        }

        Updates.Signal();
    }

    private ParcelChangeSet TakeChanges()
    {
        lock (gate)
        {
            var changes = new ParcelChangeSet(trackingNumbers, parcelIds);
            (trackingNumbers, parcelIds) = (new HashSet<string>(StringComparer.Ordinal), []);
            return changes;
        }
    }

    public void Dispose()
    {
        pipeline.Committed -= OnCommitted;
        Updates.Dispose();
    }
}
