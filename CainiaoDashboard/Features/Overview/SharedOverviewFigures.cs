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

    private readonly ConcurrentDictionary<Key, Task<OverviewFigures>> computed = new();
    private long newestVersion;

    public Task<OverviewFigures> ForAsync(OperationsSnapshot snapshot, OverviewFilter filter)
    {
        var key = new Key(snapshot, filter);
        if (computed.TryGetValue(key, out var existing)) return existing;

        // Pages taking in the same new snapshot at once await the first one's computation rather than block a thread
        // on it: a hundred circuits would otherwise hold the thread pool while one computes.
        var mine = new TaskCompletionSource<OverviewFigures>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stored = computed.GetOrAdd(key, mine.Task);
        if (!ReferenceEquals(stored, mine.Task)) return stored;
        Prune(snapshot.Version);
        try
        {
            mine.SetResult(OverviewCalculator.Compute(snapshot, filter, thresholds.Value));
        }
        catch (Exception ex)
        {
            computed.TryRemove(new KeyValuePair<Key, Task<OverviewFigures>>(key, mine.Task));
            mine.SetException(ex);
        }

        return mine.Task;
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
