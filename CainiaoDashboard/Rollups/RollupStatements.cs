using System.Diagnostics;
using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Rollups;

/// <summary>
/// Statements on the rollup tables: hourly counters, status counts, transit histograms, daily volumes, daily flows
/// and flow transit histograms. A batch's netted deltas are written once per cell, creating the row at zero first:
/// a counter table's cell gets all its counters' deltas in one statement.
/// </summary>
internal sealed class RollupStatements : PreparedStatements, IRollupStatements
{
    protected override string Stage => "rollups";

    private readonly Statement addHourly, addDaily, addFlow;
    private readonly Statement addTransit, addStatus, addFlowTransit, addLastScan, deleteEmptyLastScan;

    public RollupStatements(SqliteConnection connection) : base(connection)
    {
        addHourly = PrepareCounters<HourlyCounter>(
            "HourlyRollups", "BucketHour, CarrierId, LaneId, ServiceLevelId, HubId, Simulated", "$hour, $carrier, $lane, $service, $hub, $simulated");
        addDaily = PrepareCounters<DailyCounter>(
            "DailyVolumes", "Day, CarrierId, ChannelId, ServiceLevelId, RegionId, Simulated", "$day, $carrier, $channel, $service, $region, $simulated");
        addFlow = PrepareCounters<FlowCounter>(
            "DailyFlows", "Day, LaneId, HubId, HandoverCarrierId, Simulated", "$day, $lane, $hub, $carrier, $simulated");
        addTransit = PrepareParcelCount(
            "TransitHistograms", "BucketDay, CarrierId, LaneId, ServiceLevelId, TransitBucket, Simulated", "$day, $carrier, $lane, $service, $slot, $simulated");
        addStatus = PrepareParcelCount(
            "StatusCounts", "CarrierId, LaneId, ServiceLevelId, HubId, Status, SubStatus, Simulated", "$carrier, $lane, $service, $hub, $status, $sub, $simulated");
        addFlowTransit = PrepareParcelCount(
            "FlowTransitHistograms", "Day, LaneId, HubId, HandoverCarrierId, TransitBucket, Simulated", "$day, $lane, $hub, $carrier, $slot, $simulated");
        addLastScan = PrepareParcelCount(
            "LastScanCounts", "ServiceLevelId, BucketHour, CarrierId, LaneId, Simulated", "$service, $hour, $carrier, $lane, $simulated");
        deleteEmptyLastScan = Prepare("""
            DELETE FROM LastScanCounts
            WHERE ServiceLevelId = $service AND BucketHour = $hour AND CarrierId = $carrier AND LaneId = $lane AND Simulated = $simulated AND Parcels = 0
            """, "$service", "$hour", "$carrier", "$lane", "$simulated");
    }

    /// <summary>
    /// Adds each netted delta to its cell; the cells' fields map to each table's key as <see cref="RollupDelta"/> describes.
    /// </summary>
    public void Write(IReadOnlyDictionary<RollupDelta, long> deltas)
    {
        var counterCells = new Dictionary<RollupDelta, long[]>();
        foreach (var (cell, amount) in deltas)
        {
            if (amount == 0) continue;
            if (CountersOf(cell.Table) is { } width)
            {
                var key = cell with { Slot = 0 };
                if (!counterCells.TryGetValue(key, out var amounts)) counterCells[key] = amounts = new long[width];
                amounts[cell.Slot] += amount;
            }
            else
            {
                AddToCount(cell, amount);
            }
        }

        foreach (var (cell, amounts) in counterCells) AddToCounters(cell, amounts);
    }

    private static readonly int HourlyCounters = Enum.GetValues<HourlyCounter>().Length;
    private static readonly int DailyCounters = Enum.GetValues<DailyCounter>().Length;
    private static readonly int FlowCounters = Enum.GetValues<FlowCounter>().Length;

    private static int? CountersOf(RollupTable table) => table switch
    {
        RollupTable.Hourly => HourlyCounters,
        RollupTable.Daily => DailyCounters,
        RollupTable.Flow => FlowCounters,
        _ => null,
    };

    private void AddToCounters(RollupDelta cell, long[] amounts)
    {
        switch (cell.Table)
        {
            case RollupTable.Hourly:
                Execute(addHourly, KeysThenAmounts([cell.Bucket, cell.CarrierId, cell.LaneId, cell.ServiceLevelId, cell.HubId, cell.Simulated], amounts));
                break;
            case RollupTable.Daily:
                Execute(addDaily, KeysThenAmounts([cell.Bucket, cell.CarrierId, cell.ChannelId, cell.ServiceLevelId, cell.LaneId, cell.Simulated], amounts));
                break;
            case RollupTable.Flow:
                Execute(addFlow, KeysThenAmounts([cell.Bucket, cell.LaneId, cell.HubId, cell.CarrierId, cell.Simulated], amounts));
                break;
            default:
                throw new UnreachableException($"{cell.Table} has no counter columns.");
        }
    }

    /// <summary>A counter statement's values: the cell's key, then one amount per counter column.</summary>
    private static StatementValue[] KeysThenAmounts(ReadOnlySpan<StatementValue> keys, long[] amounts)
    {
        var values = new StatementValue[keys.Length + amounts.Length];
        keys.CopyTo(values);
        for (var i = 0; i < amounts.Length; i++) values[keys.Length + i] = amounts[i];
        return values;
    }

    private void AddToCount(RollupDelta cell, long amount)
    {
        switch (cell.Table)
        {
            case RollupTable.Transit:
                Execute(addTransit, cell.Bucket, cell.CarrierId, cell.LaneId, cell.ServiceLevelId, cell.Slot, cell.Simulated, amount);
                break;
            case RollupTable.Status:
                Execute(addStatus, cell.CarrierId, cell.LaneId, cell.ServiceLevelId, cell.HubId, cell.Slot, cell.Bucket, cell.Simulated, amount);
                break;
            case RollupTable.FlowTransit:
                Execute(addFlowTransit, cell.Bucket, cell.LaneId, cell.HubId, cell.CarrierId, cell.Slot, cell.Simulated, amount);
                break;
            case RollupTable.LastScan:
                Execute(addLastScan, cell.ServiceLevelId, cell.Bucket, cell.CarrierId, cell.LaneId, cell.Simulated, amount);
                // An hour whose parcels have all moved on holds no row: the stalled counts read every row before a cutoff.
                if (amount < 0) Execute(deleteEmptyLastScan, cell.ServiceLevelId, cell.Bucket, cell.CarrierId, cell.LaneId, cell.Simulated);
                break;
            default:
                throw new UnreachableException($"No count table {cell.Table}.");
        }
    }

    /// <summary>One statement adding $0 … $n to the counter columns of <typeparamref name="TCounter"/>, in their order.</summary>
    private Statement PrepareCounters<TCounter>(string table, string keyColumns, string keyParameters)
        where TCounter : struct, Enum
    {
        var counters = Enum.GetNames<TCounter>();
        var amounts = counters.Select((_, i) => $"$c{i}").ToArray();
        return Prepare($"""
            INSERT INTO {table} ({keyColumns}, {string.Join(", ", counters)})
            VALUES ({keyParameters}, {string.Join(", ", amounts)})
            ON CONFLICT ({keyColumns}) DO UPDATE SET {string.Join(", ", counters.Select(c => $"{c} = {c} + excluded.{c}"))}
            """, [.. keyParameters.Split(", "), .. amounts]);
    }

    /// <summary>A statement adding $delta to the Parcels column of a histogram or count table.</summary>
    private Statement PrepareParcelCount(string table, string keyColumns, string keyParameters) => Prepare($"""
        INSERT INTO {table} ({keyColumns}, Parcels)
        VALUES ({keyParameters}, $delta)
        ON CONFLICT ({keyColumns}) DO UPDATE SET Parcels = Parcels + $delta
        """, [.. keyParameters.Split(", "), "$delta"]);
}
