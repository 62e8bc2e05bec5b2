using System.Runtime.InteropServices;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// The overview's rollup window kept in memory between refreshes. The first read loads the whole window;
/// after that only the hours, transit days and transit routes that commits reported as touched are read again, buckets
/// that leave the window are dropped, and status counts and open-parcel counts (small, and moved by the
/// clock) are read in full. Unchanged <see cref="HourBucket"/>s are shared between readouts, and the
/// transit totals are kept up to date by subtracting a day's or a route's old rows and adding its new ones. Used by one
/// refresher at a time; <see cref="Invalidate"/> may be called from the writer's thread.
/// </summary>
public sealed class RollupWindow(OperationsSnapshotQuery query)
{
    private readonly Lock dirtyLock = new();
    private HashSet<long> dirtyHours = [], dirtyDays = [];
    private HashSet<TransitRoute> dirtyRoutes = [];
    private readonly SortedDictionary<long, HourBucket> hours = new();

    // Per delivery day, each route's histogram rows as last read.
    private readonly SortedDictionary<long, Dictionary<TransitRoute, List<TransitCell>>> transitDays = new();
    private readonly Dictionary<TransitKey, (long Parcels, int Rows)> transitSums = [];
    private IReadOnlyList<HourBucket> hourList = [];
    private IReadOnlyList<TransitCell> transitTotals = [];
    private bool loaded;

    /// <summary>More stale routes of one day than this and the day is read whole (it holds a few thousand at most).</summary>
    private const int WholeDayAfterRoutes = 256;

    public void Invalidate(TouchedRollups touched)
    {
        if (touched.IsEmpty) return;
        lock (dirtyLock)
        {
            dirtyHours.UnionWith(touched.Hours);
            if (touched.TransitRoutes is { } routes) dirtyRoutes.UnionWith(routes);
            else dirtyDays.UnionWith(touched.TransitDays);
        }
    }

    public async Task<RollupReadout> RefreshAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var fromHour = OperationsSnapshotQuery.FirstHour(nowUtc);
        var fromDay = OperationsSnapshotQuery.FirstTransitDay(nowUtc);

        // Take the dirty sets before reading: a commit after this point marks its buckets again for the next refresh.
        HashSet<long> staleHours, staleDays;
        HashSet<TransitRoute> staleRoutes;
        lock (dirtyLock)
        {
            (staleHours, dirtyHours) = (dirtyHours, []);
            (staleDays, dirtyDays) = (dirtyDays, []);
            (staleRoutes, dirtyRoutes) = (dirtyRoutes, []);
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

                // A batch that touched much of a day (a backlog's) has it read whole: one range rather than many.
                foreach (var (day, routes) in staleRoutes.CountBy(route => route.Day))
                {
                    if (routes > WholeDayAfterRoutes) staleDays.Add(day);
                }

                staleDays.RemoveWhere(d => d < fromDay);
                if (staleDays.Count > 0)
                {
                    var reread = await query.ReadTransitAsync(db, fromDay, staleDays, cancellationToken);
                    foreach (var day in staleDays) RemoveTransitDay(day);
                    AddTransit(reread);
                    transitChanged = true;
                }

                // A day read whole just now holds its routes' new rows already.
                staleRoutes.RemoveWhere(route => route.Day < fromDay || staleDays.Contains(route.Day));
                if (staleRoutes.Count > 0)
                {
                    var reread = await query.ReadTransitRoutesAsync(db, staleRoutes, cancellationToken);
                    foreach (var route in staleRoutes) RemoveTransitRoute(route);
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
                dirtyRoutes.UnionWith(staleRoutes);
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
        foreach (var (day, cell) in rows)
        {
            if (!transitDays.TryGetValue(day, out var routes)) transitDays[day] = routes = [];
            var route = new TransitRoute(day, cell.CarrierId, cell.LaneId, cell.ServiceLevelId);
            if (!routes.TryGetValue(route, out var cells)) routes[route] = cells = [];
            cells.Add(cell);
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(transitSums, new TransitKey(cell), out _);
            sum = (sum.Parcels + cell.Parcels, sum.Rows + 1);
        }
    }

    private void RemoveTransitDay(long day)
    {
        if (!transitDays.Remove(day, out var routes)) return;
        foreach (var cells in routes.Values) Subtract(cells);
    }

    private void RemoveTransitRoute(TransitRoute route)
    {
        if (!transitDays.TryGetValue(route.Day, out var routes) || !routes.Remove(route, out var cells)) return;
        Subtract(cells);
    }

    private void Subtract(List<TransitCell> cells)
    {
        foreach (var cell in cells)
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
