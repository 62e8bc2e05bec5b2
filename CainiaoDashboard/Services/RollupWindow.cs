using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Services;

/// <summary>
/// The overview's rollup window kept in memory between refreshes. The first read loads the whole window;
/// after that only the hourly buckets and transit days that commits reported as touched are read again,
/// buckets that leave the window are dropped, and status counts and open-parcel counts (small, and moved by
/// the clock) are read in full. Used by one refresher at a time; <see cref="Invalidate"/> may be called
/// from the writer's thread.
/// </summary>
public sealed class RollupWindow(OperationsSnapshotQuery query)
{
    private readonly Lock dirtyLock = new();
    private HashSet<long> dirtyHours = [], dirtyDays = [];
    private readonly SortedDictionary<long, List<HourCell>> hours = new();
    private readonly SortedDictionary<long, List<TransitDayCell>> transitDays = new();
    private List<TransitCell> transitTotals = [];
    private bool loaded;

    public void Invalidate(TouchedRollups touched)
    {
        if (touched.IsEmpty) return;
        lock (dirtyLock)
        {
            dirtyHours.UnionWith(touched.Hours);
            dirtyDays.UnionWith(touched.TransitDays);
        }
    }

    public async Task<RollupReadout> RefreshAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var fromHour = OperationsSnapshotQuery.FirstHour(nowUtc);
        var fromDay = OperationsSnapshotQuery.FirstTransitDay(nowUtc);

        // Take the dirty sets before reading: a commit after this point marks its buckets again for the next refresh.
        HashSet<long> staleHours, staleDays;
        lock (dirtyLock)
        {
            (staleHours, dirtyHours) = (dirtyHours, []);
            (staleDays, dirtyDays) = (dirtyDays, []);
        }

        await using var db = await query.OpenAsync(cancellationToken);
        try
        {
            if (!loaded)
            {
                Replace(hours, null, await OperationsSnapshotQuery.ReadHoursAsync(db, fromHour, null, cancellationToken), c => c.Hour);
                Replace(transitDays, null, await OperationsSnapshotQuery.ReadTransitAsync(db, fromDay, null, cancellationToken), c => c.Day);
                transitTotals = OperationsSnapshotQuery.SumOverDays(transitDays.Values.SelectMany(d => d));
                loaded = true;
            }
            else
            {
                staleHours.RemoveWhere(h => h < fromHour);
                if (staleHours.Count > 0)
                {
                    Replace(hours, staleHours, await OperationsSnapshotQuery.ReadHoursAsync(db, fromHour, staleHours, cancellationToken), c => c.Hour);
                }

                staleDays.RemoveWhere(d => d < fromDay);
                var daysLeaving = transitDays.Keys.Any(d => d < fromDay);
                if (staleDays.Count > 0)
                {
                    Replace(transitDays, staleDays, await OperationsSnapshotQuery.ReadTransitAsync(db, fromDay, staleDays, cancellationToken), c => c.Day);
                }

                if (staleDays.Count > 0 || daysLeaving)
                {
                    Evict(transitDays, fromDay);
                    transitTotals = OperationsSnapshotQuery.SumOverDays(transitDays.Values.SelectMany(d => d));
                }
            }
        }
        catch
        {
            // What was not re-read must be read next time.
            lock (dirtyLock)
            {
                dirtyHours.UnionWith(staleHours);
                dirtyDays.UnionWith(staleDays);
            }

            throw;
        }

        Evict(hours, fromHour);
        var statuses = await OperationsSnapshotQuery.ReadStatusesAsync(db, cancellationToken);
        var open = await query.ReadOpenParcelsAsync(db, nowUtc, cancellationToken);
        return new RollupReadout([.. hours.Values.SelectMany(h => h)], statuses, open, transitTotals);
    }

    private static void Replace<T>(SortedDictionary<long, List<T>> cache, IEnumerable<long>? reread, List<T> rows, Func<T, long> bucketOf)
    {
        if (reread is null) cache.Clear();
        else foreach (var bucket in reread) cache.Remove(bucket);

        foreach (var row in rows)
        {
            var bucket = bucketOf(row);
            if (!cache.TryGetValue(bucket, out var list)) cache[bucket] = list = [];
            list.Add(row);
        }
    }

    private static void Evict<T>(SortedDictionary<long, List<T>> cache, long from)
    {
        foreach (var bucket in cache.Keys.Where(b => b < from).ToList()) cache.Remove(bucket);
    }
}
