using System.Runtime.InteropServices;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// The overview's rollup window kept in memory between refreshes. The first read loads the whole window;
/// after that only the hours and transit days that commits reported as touched are read again, buckets
/// that leave the window are dropped, and status counts and open-parcel counts (small, and moved by the
/// clock) are read in full. Unchanged <see cref="HourBucket"/>s are shared between readouts, and the
/// transit totals are kept up to date by subtracting a day's old rows and adding its new ones. Used by one
/// refresher at a time; <see cref="Invalidate"/> may be called from the writer's thread.
/// </summary>
public sealed class RollupWindow(OperationsSnapshotQuery query)
{
    private readonly Lock dirtyLock = new();
    private HashSet<long> dirtyHours = [], dirtyDays = [];
    private readonly SortedDictionary<long, HourBucket> hours = new();
    private readonly SortedDictionary<long, ChunkedList<TransitCell>> transitDays = new();
    private readonly Dictionary<TransitKey, (long Parcels, int Rows)> transitSums = [];
    private IReadOnlyList<HourBucket> hourList = [];
    private IReadOnlyList<TransitCell> transitTotals = [];
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
        var hoursChanged = false;
        var transitChanged = false;
        try
        {
            if (!loaded)
            {
                hours.Clear();
                foreach (var bucket in await query.ReadHoursAsync(db, fromHour, null, cancellationToken)) hours[bucket.Hour] = bucket;
                transitDays.Clear();
                transitSums.Clear();
                AddTransit(await query.ReadTransitAsync(db, fromDay, null, cancellationToken));
                loaded = hoursChanged = transitChanged = true;
            }
            else
            {
                staleHours.RemoveWhere(h => h < fromHour);
                if (staleHours.Count > 0)
                {
                    var reread = await query.ReadHoursAsync(db, fromHour, staleHours, cancellationToken);
                    foreach (var hour in staleHours) hours.Remove(hour);
                    foreach (var bucket in reread) hours[bucket.Hour] = bucket;
                    hoursChanged = true;
                }

                staleDays.RemoveWhere(d => d < fromDay);
                if (staleDays.Count > 0)
                {
                    var reread = await query.ReadTransitAsync(db, fromDay, staleDays, cancellationToken);
                    foreach (var day in staleDays) RemoveTransitDay(day);
                    AddTransit(reread);
                    transitChanged = true;
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

        while (hours.Count > 0 && hours.First().Key < fromHour)
        {
            hours.Remove(hours.First().Key);
            hoursChanged = true;
        }

        while (transitDays.Count > 0 && transitDays.First().Key < fromDay)
        {
            RemoveTransitDay(transitDays.First().Key);
            transitChanged = true;
        }

        // Readouts are immutable: a new list only when something changed, never a copy of the cells.
        if (hoursChanged) hourList = [.. hours.Values];
        if (transitChanged)
        {
            var totals = new ChunkedList<TransitCell>.Builder();
            foreach (var (key, sum) in transitSums) totals.Add(new TransitCell(key.CarrierId, key.LaneId, key.ServiceLevelId, key.Bucket, sum.Parcels));
            transitTotals = totals.Build();
        }

        var statuses = await query.ReadStatusesAsync(db, cancellationToken);
        var open = await query.ReadOpenParcelsAsync(db, nowUtc, cancellationToken);
        return new RollupReadout(hourList, statuses, open, transitTotals);
    }

    private void AddTransit(ChunkedList<TransitDayCell> rows)
    {
        var days = new Dictionary<long, ChunkedList<TransitCell>.Builder>();
        foreach (var (day, cell) in rows)
        {
            if (!days.TryGetValue(day, out var builder)) days[day] = builder = new ChunkedList<TransitCell>.Builder();
            builder.Add(cell);
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(transitSums, new TransitKey(cell), out _);
            sum = (sum.Parcels + cell.Parcels, sum.Rows + 1);
        }

        foreach (var (day, builder) in days) transitDays[day] = builder.Build();
    }

    private void RemoveTransitDay(long day)
    {
        if (!transitDays.Remove(day, out var list)) return;
        foreach (var cell in list)
        {
            var key = new TransitKey(cell);
            ref var sum = ref CollectionsMarshal.GetValueRefOrNullRef(transitSums, key);
            // A total stays while any day in the window has a row for it, as in a full read.
            if (sum.Rows == 1) transitSums.Remove(key);
            else sum = (sum.Parcels - cell.Parcels, sum.Rows - 1);
        }
    }

    private readonly record struct TransitKey(int CarrierId, int LaneId, int ServiceLevelId, int Bucket)
    {
        public TransitKey(TransitCell cell) : this(cell.CarrierId, cell.LaneId, cell.ServiceLevelId, cell.Bucket)
        {
        }
    }
}
