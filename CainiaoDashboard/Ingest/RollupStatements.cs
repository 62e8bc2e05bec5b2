using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Statements on the rollup tables: hourly counters, status counts, transit histograms, daily volumes, daily flows
/// and flow transit histograms. Each adds a netted delta to one cell, creating the row at zero first; a counter
/// table has one statement per counter column, so a bump writes one column.
/// </summary>
internal sealed class RollupStatements : PreparedStatements
{
    private readonly SqliteCommand[] bumpHourly;
    private readonly SqliteCommand bumpTransit;
    private readonly SqliteCommand bumpStatus;
    private readonly SqliteCommand[] bumpDaily;
    private readonly SqliteCommand[] bumpFlow;
    private readonly SqliteCommand bumpFlowTransit;

    public RollupStatements(SqliteConnection connection) : base(connection)
    {
        bumpHourly = PrepareCounters<HourlyCounter>(
            "HourlyRollups", "BucketHour, CarrierId, LaneId, ServiceLevelId, HubId", "$bucket, $carrier, $lane, $service, $hub");
        bumpDaily = PrepareCounters<DailyCounter>(
            "DailyVolumes", "Day, CarrierId, ChannelId, ServiceLevelId, RegionId", "$bucket, $carrier, $channel, $service, $lane");
        bumpFlow = PrepareCounters<FlowCounter>(
            "DailyFlows", "Day, LaneId, HubId, HandoverCarrierId", "$bucket, $lane, $hub, $carrier");
        bumpTransit = PrepareCount(
            "TransitHistograms", "BucketDay, CarrierId, LaneId, ServiceLevelId, TransitBucket", "$bucket, $carrier, $lane, $service, $slot");
        bumpStatus = PrepareCount(
            "StatusCounts", "CarrierId, LaneId, ServiceLevelId, HubId, Status, SubStatus", "$carrier, $lane, $service, $hub, $slot, $bucket");
        bumpFlowTransit = PrepareCount(
            "FlowTransitHistograms", "Day, LaneId, HubId, HandoverCarrierId, TransitBucket", "$bucket, $lane, $hub, $carrier, $slot");
    }

    public void Bump(RollupDelta cell, long amount)
    {
        var command = cell.Table switch
        {
            RollupTable.Hourly => bumpHourly[cell.Slot],
            RollupTable.Transit => bumpTransit,
            RollupTable.Daily => bumpDaily[cell.Slot],
            RollupTable.Flow => bumpFlow[cell.Slot],
            RollupTable.FlowTransit => bumpFlowTransit,
            _ => bumpStatus,
        };
        var p = command.Parameters;
        p["$bucket"].Value = cell.Bucket;
        p["$carrier"].Value = cell.CarrierId;
        p["$lane"].Value = cell.LaneId;
        p["$delta"].Value = amount;
        if (cell.Table is RollupTable.Hourly or RollupTable.Transit or RollupTable.Status or RollupTable.Daily)
        {
            p["$service"].Value = cell.ServiceLevelId;
        }

        if (cell.Table is not (RollupTable.Transit or RollupTable.Daily)) p["$hub"].Value = cell.HubId;
        if (cell.Table is RollupTable.Transit or RollupTable.Status or RollupTable.FlowTransit) p["$slot"].Value = cell.Slot;
        if (cell.Table == RollupTable.Daily) p["$channel"].Value = cell.ChannelId;
        command.ExecuteNonQuery();
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
            """, [.. ParameterNames(keyParameters), "$delta"])).ToArray();
    }

    /// <summary>A statement adding $delta to the Parcels column of a histogram or count table.</summary>
    private SqliteCommand PrepareCount(string table, string keyColumns, string keyParameters) => Prepare($"""
        INSERT INTO {table} ({keyColumns}, Parcels)
        VALUES ({keyParameters}, $delta)
        ON CONFLICT ({keyColumns}) DO UPDATE SET Parcels = Parcels + $delta
        """, [.. ParameterNames(keyParameters), "$delta"]);

    private static string[] ParameterNames(string parameters) => parameters.Split(", ");
}
