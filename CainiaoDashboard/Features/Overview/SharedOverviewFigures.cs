using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// The overview's figures, computed once per snapshot and filter for every open page rather than once per page. The
/// pages then hold the same immutable objects, and <see cref="Shared.Live.SharedMarkup"/> can key the panels it renders
/// by them. The figures of the latest <see cref="Capacity"/> snapshot and filter pairs are kept.
/// </summary>
public sealed class SharedOverviewFigures(IOptions<AlertThresholds> thresholds)
{
    public const int Capacity = 32;

    private readonly ConcurrentDictionary<Key, Lazy<OverviewFigures>> computed = new();
    private readonly ConcurrentQueue<Key> added = new();

    public OverviewFigures For(OperationsSnapshot snapshot, OverviewFilter filter)
    {
        var key = new Key(snapshot, filter);
        if (!computed.TryGetValue(key, out var entry))
        {
            // Lazy, so that pages taking in the same new snapshot at once share one computation.
            var mine = new Lazy<OverviewFigures>(() => OverviewCalculator.Compute(snapshot, filter, thresholds.Value));
            entry = computed.GetOrAdd(key, mine);
            if (ReferenceEquals(entry, mine))
            {
                added.Enqueue(key);
                while (added.Count > Capacity && added.TryDequeue(out var oldest)) computed.TryRemove(oldest, out _);
            }
        }

        return entry.Value;
    }

    // A snapshot is one immutable read: the same object is the same figures, and comparing it by reference saves
    // comparing its lists.
    private readonly record struct Key(OperationsSnapshot Snapshot, OverviewFilter Filter)
    {
        public bool Equals(Key other) => ReferenceEquals(Snapshot, other.Snapshot) && Filter == other.Filter;

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Snapshot), Filter);
    }
}
