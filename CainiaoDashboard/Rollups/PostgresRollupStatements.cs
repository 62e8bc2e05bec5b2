using CainiaoDashboard.Data.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace CainiaoDashboard.Rollups;

/// <summary>
/// <see cref="IRollupStatements"/> on PostgreSQL: one upsert per table for the whole batch, its cells unnested from arrays
/// in key order, each adding its delta to the stored counts (<c>n = n + excluded.n</c>). Concurrent writers lose no
/// increment (the row lock serialises the additions) and cannot deadlock on these tables: every writer takes their
/// rows in the same order.
/// </summary>
internal sealed class PostgresRollupStatements : IRollupStatements, IDisposable
{
    private readonly Dictionary<RollupTable, (TableShape Shape, PostgresStatement Upsert, PostgresStatement? DeleteEmpty)> tables;

    public PostgresRollupStatements(NpgsqlConnection connection) =>
        tables = TableShape.All.ToDictionary(shape => shape.Table,
            shape => (shape, shape.PrepareUpsert(connection), shape.PrepareEmptyRowsDelete(connection)));

    public void Write(IReadOnlyDictionary<RollupDelta, long> deltas)
    {
        var rows = new Dictionary<RollupTable, SortedDictionary<RollupDelta, long[]>>();
        foreach (var (cell, amount) in deltas)
        {
            if (amount == 0) continue;
            var shape = tables[cell.Table].Shape;
            var key = shape.HasCounters ? cell with { Slot = 0 } : cell;
            if (!rows.TryGetValue(cell.Table, out var cells)) rows[cell.Table] = cells = new SortedDictionary<RollupDelta, long[]>(KeyOrder.Instance);
            if (!cells.TryGetValue(key, out var amounts)) cells[key] = amounts = new long[shape.Counters.Length];
            amounts[shape.HasCounters ? cell.Slot : 0] += amount;
        }

        foreach (var table in Enum.GetValues<RollupTable>())
        {
            if (!rows.TryGetValue(table, out var cells)) continue;
            var (shape, upsert, deleteEmpty) = tables[table];
            var arrays = shape.Arrays(cells);
            upsert.Execute(arrays);
            deleteEmpty?.Execute(arrays[..(shape.KeyColumns.Length + 1)]);
        }
    }

    public IEnumerable<PostgresStatement> Statements =>
        tables.Values.SelectMany(t => new[] { t.Upsert, t.DeleteEmpty }.OfType<PostgresStatement>());

    public void Dispose()
    {
        foreach (var statement in Statements) statement.Dispose();
    }

    /// <summary>Cells in one fixed order: the order every writer locks rollup rows in.</summary>
    private sealed class KeyOrder : IComparer<RollupDelta>
    {
        public static readonly KeyOrder Instance = new();

        public int Compare(RollupDelta x, RollupDelta y)
        {
            var order = x.Bucket.CompareTo(y.Bucket);
            if (order == 0) order = x.CarrierId.CompareTo(y.CarrierId);
            if (order == 0) order = x.LaneId.CompareTo(y.LaneId);
            if (order == 0) order = x.ServiceLevelId.CompareTo(y.ServiceLevelId);
            if (order == 0) order = x.HubId.CompareTo(y.HubId);
            if (order == 0) order = x.Slot.CompareTo(y.Slot);
            if (order == 0) order = x.ChannelId.CompareTo(y.ChannelId);
            return order != 0 ? order : x.Simulated.CompareTo(y.Simulated);
        }
    }

    /// <summary>
    /// A rollup table's key columns as <see cref="RollupDelta"/> holds them (see <see cref="RollupStatements"/>), then
    /// Simulated, then its counter columns: one per counter, or Parcels alone for a count table.
    /// </summary>
    private sealed record TableShape(
        RollupTable Table, string Name, string[] KeyColumns, Func<RollupDelta, long>[] Keys, string[] Counters, bool DeletesEmptyRows = false)
    {
        public bool HasCounters => Counters is not ["Parcels"];

        public static readonly TableShape[] All =
        [
            new(RollupTable.Hourly, "HourlyRollups", ["BucketHour", "CarrierId", "LaneId", "ServiceLevelId", "HubId"],
                [c => c.Bucket, c => c.CarrierId, c => c.LaneId, c => c.ServiceLevelId, c => c.HubId], Enum.GetNames<HourlyCounter>()),
            new(RollupTable.Daily, "DailyVolumes", ["Day", "CarrierId", "ChannelId", "ServiceLevelId", "RegionId"],
                [c => c.Bucket, c => c.CarrierId, c => c.ChannelId, c => c.ServiceLevelId, c => c.LaneId], Enum.GetNames<DailyCounter>()),
            new(RollupTable.Flow, "DailyFlows", ["Day", "LaneId", "HubId", "HandoverCarrierId"],
                [c => c.Bucket, c => c.LaneId, c => c.HubId, c => c.CarrierId], Enum.GetNames<FlowCounter>()),
            new(RollupTable.Transit, "TransitHistograms", ["BucketDay", "CarrierId", "LaneId", "ServiceLevelId", "TransitBucket"],
                [c => c.Bucket, c => c.CarrierId, c => c.LaneId, c => c.ServiceLevelId, c => c.Slot], ["Parcels"]),
            new(RollupTable.Status, "StatusCounts", ["CarrierId", "LaneId", "ServiceLevelId", "HubId", "Status", "SubStatus"],
                [c => c.CarrierId, c => c.LaneId, c => c.ServiceLevelId, c => c.HubId, c => c.Slot, c => c.Bucket], ["Parcels"]),
            new(RollupTable.FlowTransit, "FlowTransitHistograms", ["Day", "LaneId", "HubId", "HandoverCarrierId", "TransitBucket"],
                [c => c.Bucket, c => c.LaneId, c => c.HubId, c => c.CarrierId, c => c.Slot], ["Parcels"]),
            new(RollupTable.LastScan, "LastScanCounts", ["ServiceLevelId", "BucketHour", "CarrierId", "LaneId"],
                [c => c.ServiceLevelId, c => c.Bucket, c => c.CarrierId, c => c.LaneId], ["Parcels"], DeletesEmptyRows: true),
        ];

        public PostgresStatement PrepareUpsert(NpgsqlConnection connection)
        {
            string[] keys = [.. KeyColumns, "Simulated"];
            var columns = string.Join(", ", keys.Concat(Counters).Select(Quoted));
            var parameters = Enumerable.Range(1, keys.Length + Counters.Length).Select(i => $"${i}");
            var additions = Counters.Select(c => $"{Quoted(c)} = \"{Name}\".{Quoted(c)} + excluded.{Quoted(c)}");
            NpgsqlDbType[] types =
            [
                .. KeyColumns.Select(_ => NpgsqlDbType.Array | NpgsqlDbType.Bigint),
                NpgsqlDbType.Array | NpgsqlDbType.Boolean,
                .. Counters.Select(_ => NpgsqlDbType.Array | NpgsqlDbType.Bigint),
            ];
            return new PostgresStatement(connection, $"""
                INSERT INTO "{Name}" ({columns})
                SELECT * FROM unnest({string.Join(", ", parameters)}) ORDER BY {string.Join(", ", Enumerable.Range(1, keys.Length))}
                ON CONFLICT ({string.Join(", ", keys.Select(Quoted))}) DO UPDATE SET {string.Join(", ", additions)}
                """, types);
        }

        /// <summary>
        /// Deletes the batch's cells that the upsert left at zero (a table whose readers take every row in a range). The upsert
        /// has locked them all already, so this waits on no other writer.
        /// </summary>
        public PostgresStatement? PrepareEmptyRowsDelete(NpgsqlConnection connection)
        {
            if (!DeletesEmptyRows) return null;
            string[] keys = [.. KeyColumns, "Simulated"];
            var names = keys.Select((_, i) => $"k{i}").ToArray();
            NpgsqlDbType[] types =
            [
                .. KeyColumns.Select(_ => NpgsqlDbType.Array | NpgsqlDbType.Bigint),
                NpgsqlDbType.Array | NpgsqlDbType.Boolean,
            ];
            return new PostgresStatement(connection, $"""
                DELETE FROM "{Name}" t
                USING unnest({string.Join(", ", names.Select((_, i) => $"${i + 1}"))}) AS c({string.Join(", ", names)})
                WHERE {string.Join(" AND ", keys.Select((k, i) => $"t.{Quoted(k)} = c.{names[i]}"))} AND t."Parcels" = 0
                """, types);
        }

        /// <summary>The statement's values: one array per key column, Simulated, then one per counter, in key order.</summary>
        public object[] Arrays(SortedDictionary<RollupDelta, long[]> cells)
        {
            var values = new List<object>();
            foreach (var key in Keys) values.Add(cells.Keys.Select(key).ToArray());
            values.Add(cells.Keys.Select(c => c.Simulated).ToArray());
            for (var counter = 0; counter < Counters.Length; counter++) values.Add(cells.Values.Select(a => a[counter]).ToArray());
            return [.. values];
        }

        private static string Quoted(string column) => $"\"{column}\"";
    }
}
