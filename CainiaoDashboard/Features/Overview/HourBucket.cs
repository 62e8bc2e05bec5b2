using System.Collections.Concurrent;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// One hour of the hourly rollups as the overview uses it: the counters per carrier, lane and service level
/// summed over hubs, and the hub-level cells the hub table reads. Immutable: the rollup window replaces the
/// whole bucket when a commit touches its hour and shares the others between snapshots, so the per-filter
/// sums computed by <see cref="For"/> are worked out once per bucket and filter, not once per page and render.
/// </summary>
public sealed class HourBucket
{
    private static readonly int CarrierSlots = ReferenceData.Carriers.Max(c => c.Id) + 1;
    private static readonly int ServiceSlots = ReferenceData.ServiceLevels.Max(s => s.Id) + 1;
    private static readonly int HubSlots = ReferenceData.Hubs.Max(h => h.Id) + 1;

    private readonly HourCell[] cells;
    private readonly HubHourCell[] hubCells;
    private readonly ConcurrentDictionary<OverviewFilter, HourAggregate> aggregates = new();

    private HourBucket(long hour, HourCell[] cells, HubHourCell[] hubCells)
    {
        Hour = hour;
        this.cells = cells;
        this.hubCells = hubCells;
    }

    /// <summary>Whole hours since the Unix epoch (UTC).</summary>
    public long Hour { get; }

    /// <summary>One cell per carrier, lane and service level.</summary>
    public IReadOnlyList<HourCell> Cells => cells;

    /// <summary>Cells at a hub (hub id above 0) with departures or first attempts.</summary>
    public IReadOnlyList<HubHourCell> HubCells => hubCells;

    /// <summary>This hour's sums for one filter, computed on first use and kept with the bucket.</summary>
    public HourAggregate For(OverviewFilter filter) => aggregates.GetOrAdd(filter, static (f, bucket) => bucket.Aggregate(f), this);

    private HourAggregate Aggregate(OverviewFilter filter)
    {
        var totals = new HourTotals();
        var carriers = new AttemptTotals[CarrierSlots];
        var services = new AttemptTotals[ServiceSlots];
        var hubs = new HubTotals[HubSlots];
        foreach (var c in cells)
        {
            if (!filter.Matches(c.CarrierId, c.LaneId, c.ServiceLevelId)) continue;
            totals += HourTotals.Of(c);
            if ((uint)c.CarrierId < (uint)carriers.Length)
            {
                carriers[c.CarrierId] += new AttemptTotals(c.OnTimeFirstAttempts, c.FirstAttempts, c.OwnFaultLateFirstAttempts);
            }

            if ((uint)c.ServiceLevelId < (uint)services.Length) services[c.ServiceLevelId] += new AttemptTotals(c.OnTimeFirstAttempts, c.FirstAttempts);
        }

        foreach (var h in hubCells)
        {
            if ((uint)h.HubId >= (uint)hubs.Length || !filter.Matches(h.CarrierId, h.LaneId, h.ServiceLevelId)) continue;
            hubs[h.HubId] += new HubTotals(h.HubDepartures, new AttemptTotals(h.OnTimeFirstAttempts, h.FirstAttempts));
        }

        return new HourAggregate(totals, carriers, services, hubs);
    }

    /// <summary>Groups cells into buckets by hour (cells of the same hour, carrier, lane and service are added up).</summary>
    public static List<HourBucket> Group(IEnumerable<HourCell> cells, IEnumerable<HubHourCell> hubCells)
    {
        var builders = new SortedDictionary<long, Builder>();
        Builder Of(long hour) => builders.TryGetValue(hour, out var b) ? b : builders[hour] = new Builder(hour);
        foreach (var c in cells) Of(c.Hour).Add(c);
        foreach (var h in hubCells) Of(h.Hour).Add(h);
        return builders.Values.Select(b => b.Build()).ToList();
    }

    /// <summary>Collects one hour's hub-level rollup rows into a bucket.</summary>
    public sealed class Builder(long hour)
    {
        private readonly Dictionary<(int, int, int), int> index = [];
        private readonly List<HourCell> cells = [];
        private readonly List<HubHourCell> hubCells = [];

        public long Hour => hour;

        public void Add(HourCell cell)
        {
            if (cell.Hour != hour) throw new ArgumentException($"A cell of hour {cell.Hour} added to hour {hour}.", nameof(cell));
            var key = (cell.CarrierId, cell.LaneId, cell.ServiceLevelId);
            if (index.TryGetValue(key, out var at)) cells[at] += cell;
            else
            {
                index[key] = cells.Count;
                cells.Add(cell);
            }
        }

        public void Add(HubHourCell cell)
        {
            if (cell.Hour != hour) throw new ArgumentException($"A cell of hour {cell.Hour} added to hour {hour}.", nameof(cell));
            if (cell.HubId != 0 && (cell.HubDepartures != 0 || cell.FirstAttempts != 0 || cell.OnTimeFirstAttempts != 0)) hubCells.Add(cell);
        }

        public HourBucket Build() => new(hour, [.. cells], [.. hubCells]);
    }
}

/// <summary>One hour's sums for one filter; arrays are indexed by carrier, service level and hub id.</summary>
public sealed record HourAggregate(
    HourTotals Totals, IReadOnlyList<AttemptTotals> ByCarrier, IReadOnlyList<AttemptTotals> ByService, IReadOnlyList<HubTotals> ByHub);

public readonly record struct HourTotals(
    long Events, long Created, long FirstAttempts, long OnTimeFirstAttempts, long FirstAttemptDelivered, long Delivered,
    long ExceptionParcels, long Complaints, PartyCounts LateDelivered = default)
{
    public static HourTotals Of(HourCell c) => new(c.Events, c.Created, c.FirstAttempts, c.OnTimeFirstAttempts,
        c.FirstAttemptDelivered, c.Delivered, c.ExceptionParcels, c.Complaints, c.LateDelivered);

    public static HourTotals operator +(HourTotals a, HourTotals b) => new(
        a.Events + b.Events, a.Created + b.Created, a.FirstAttempts + b.FirstAttempts, a.OnTimeFirstAttempts + b.OnTimeFirstAttempts,
        a.FirstAttemptDelivered + b.FirstAttemptDelivered, a.Delivered + b.Delivered, a.ExceptionParcels + b.ExceptionParcels,
        a.Complaints + b.Complaints, a.LateDelivered + b.LateDelivered);
}

/// <param name="OwnFaultLate">Late first attempts whose lateness was the carrier's own (kept per carrier only).</param>
public readonly record struct AttemptTotals(long OnTime, long Attempts, long OwnFaultLate = 0)
{
    public static AttemptTotals operator +(AttemptTotals a, AttemptTotals b) =>
        new(a.OnTime + b.OnTime, a.Attempts + b.Attempts, a.OwnFaultLate + b.OwnFaultLate);
}

public readonly record struct HubTotals(long Departures, AttemptTotals Attempts)
{
    public static HubTotals operator +(HubTotals a, HubTotals b) => new(a.Departures + b.Departures, a.Attempts + b.Attempts);
}
