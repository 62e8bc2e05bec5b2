using System.Diagnostics;
using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Rollups;

/// <summary>
/// Statements on the rollup tables: hourly counters, status counts, transit histograms, daily volumes, daily flows
/// and flow transit histograms. Each adds a netted delta to one cell, creating the row at zero first; a counter
/// table has one statement per counter column, so a bump writes one column.
/// </summary>
internal sealed class RollupStatements : PreparedStatements
{
    protected override string Stage => "rollups";

    private readonly SqliteCommand[] bumpHourly, bumpDaily, bumpFlow;
    private readonly SqliteCommand bumpTransit, bumpStatus, bumpFlowTransit;

    public RollupStatements(SqliteConnection connection) : base(connection)
    {
        bumpHourly = PrepareCounters<HourlyCounter>(
            "HourlyRollups", "BucketHour, CarrierId, LaneId, ServiceLevelId, HubId", "$hour, $carrier, $lane, $service, $hub");
        bumpDaily = PrepareCounters<DailyCounter>(
            "DailyVolumes", "Day, CarrierId, ChannelId, ServiceLevelId, RegionId", "$day, $carrier, $channel, $service, $region");
        bumpFlow = PrepareCounters<FlowCounter>(
            "DailyFlows", "Day, LaneId, HubId, HandoverCarrierId", "$day, $lane, $hub, $carrier");
        bumpTransit = PrepareParcelCount(
            "TransitHistograms", "BucketDay, CarrierId, LaneId, ServiceLevelId, TransitBucket", "$day, $carrier, $lane, $service, $slot");
        bumpStatus = PrepareParcelCount(
            "StatusCounts", "CarrierId, LaneId, ServiceLevelId, HubId, Status, SubStatus", "$carrier, $lane, $service, $hub, $status, $sub");
        bumpFlowTransit = PrepareParcelCount(
            "FlowTransitHistograms", "Day, LaneId, HubId, HandoverCarrierId, TransitBucket", "$day, $lane, $hub, $carrier, $slot");
    }

    /// <summary>Adds <paramref name="amount"/> to the cell; the cell's fields map to each table's key as <see cref="RollupDelta"/> describes.</summary>
    public void Bump(RollupDelta cell, long amount)
    {
        switch (cell.Table)
        {
            case RollupTable.Hourly:
                Execute(bumpHourly[cell.Slot], cell.Bucket, cell.CarrierId, cell.LaneId, cell.ServiceLevelId, cell.HubId, amount);
                break;
            case RollupTable.Daily:
                Execute(bumpDaily[cell.Slot], cell.Bucket, cell.CarrierId, cell.ChannelId, cell.ServiceLevelId, cell.LaneId, amount);
                break;
            case RollupTable.Flow:
                Execute(bumpFlow[cell.Slot], cell.Bucket, cell.LaneId, cell.HubId, cell.CarrierId, amount);
                break;
            case RollupTable.Transit:
                Execute(bumpTransit, cell.Bucket, cell.CarrierId, cell.LaneId, cell.ServiceLevelId, cell.Slot, amount);
                break;
            case RollupTable.Status:
                Execute(bumpStatus, cell.CarrierId, cell.LaneId, cell.ServiceLevelId, cell.HubId, cell.Slot, cell.Bucket, amount);
                break;
            case RollupTable.FlowTransit:
                Execute(bumpFlowTransit, cell.Bucket, cell.LaneId, cell.HubId, cell.CarrierId, cell.Slot, amount);
                break;
            default:
                throw new UnreachableException($"No rollup table {cell.Table}.");
        }
    }

    /// <summary>One statement per counter column of <typeparamref name="TCounter"/>, each adding $delta to its column.</summary>
    private SqliteCommand[] PrepareCounters<TCounter>(string table, string keyColumns, string keyParameters)
        where TCounter : struct, Enum
    {
        var counters = Enum.GetNames<TCounter>();
        return counters.Select(column => Prepare($"""
            INSERT INTO {table} ({keyColumns}, {string.Join(", ", counters)})
            VALUES ({keyParameters}, {string.Join(", ", counters.Select(c => c == column ? "$delta" : "0"))})
            ON CONFLICT ({keyColumns}) DO UPDATE SET {column} = {column} + $delta
            """, [.. keyParameters.Split(", "), "$delta"])).ToArray();
    }

    /// <summary>A statement adding $delta to the Parcels column of a histogram or count table.</summary>
    private SqliteCommand PrepareParcelCount(string table, string keyColumns, string keyParameters) => Prepare($"""
        INSERT INTO {table} ({keyColumns}, Parcels)
        VALUES ({keyParameters}, $delta)
        ON CONFLICT ({keyColumns}) DO UPDATE SET Parcels = Parcels + $delta
        """, [.. keyParameters.Split(", "), "$delta"]);
}
