using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// The overview's figures, computed once per snapshot and filter for every open page rather than once per page. The
/// pages then hold the same immutable objects, and <see cref="Shared.Live.SharedMarkup"/> can key the panels it renders
/// by them. Only the figures of the two newest snapshots are kept (pages take a new snapshot in within one render
/// interval of each other), and past <see cref="Capacity"/> filters only the newest snapshot's: each holds on to its
/// snapshot's rollups.
/// </summary>
public sealed class SharedOverviewFigures(IOptions<AlertThresholds> thresholds)
{
    public const int Capacity = 32;

    private readonly ConcurrentDictionary<Key, Lazy<OverviewFigures>> computed = new();
    private long newestVersion;

    public OverviewFigures For(OperationsSnapshot snapshot, OverviewFilter filter)
    {
        var key = new Key(snapshot, filter);
        if (!computed.TryGetValue(key, out var entry))
        {
            // Lazy, so that pages taking in the same new snapshot at once share one computation.
            var mine = new Lazy<OverviewFigures>(() => OverviewCalculator.Compute(snapshot, filter, thresholds.Value));
            entry = computed.GetOrAdd(key, mine);
            if (ReferenceEquals(entry, mine)) Prune(snapshot.Version);
        }

        return entry.Value;
    }

    private void Prune(long added)
    {
        var newest = InterlockedMax(ref newestVersion, added);
        var full = computed.Count > Capacity;
        foreach (var key in computed.Keys)
        {
            var version = key.Snapshot.Version;
            if (version < newest - 1 || (full && version < newest)) computed.TryRemove(key, out _);
        }
    }

    private static long InterlockedMax(ref long target, long value)
    {
        var seen = Interlocked.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen) return value;
            seen = previous;
        }

        return seen;
    }

    // A snapshot is one immutable read: the same object is the same figures, and comparing it by reference saves
    // comparing its lists.
    private readonly record struct Key(OperationsSnapshot Snapshot, OverviewFilter Filter)
    {
        public bool Equals(Key other) => ReferenceEquals(Snapshot, other.Snapshot) && Filter == other.Filter;

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Snapshot), Filter);
    }
}
