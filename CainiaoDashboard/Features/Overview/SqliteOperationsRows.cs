using System.Runtime.InteropServices;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Simulation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// <see cref="IOperationsRows"/> on SQLite: straight through SQLite's statement API (<see cref="SqliteRows"/>) on the
/// context's connection, small integer columns packed in pairs and fours.
/// </summary>
internal sealed class SqliteOperationsRows(KpiOptions options, bool hideSimulated) : IOperationsRows
{
    /// <summary>Rollup rows of real parcels only (their <c>Simulated</c> key column), or every row.</summary>
    private readonly string rollupRows = hideSimulated ? " AND Simulated = 0" : "";

    /// <summary>Parcel rows of real parcels only, or every row.</summary>
    private readonly string parcelRows = hideSimulated ? $" AND NOT {SimulatedParcels.Sql("TrackingNumber")}" : "";

    public async Task<List<HourBucket>> ReadHoursAsync(
        CainiaoDbContext db, long fromHour, IReadOnlyCollection<long>? onlyHours, CancellationToken cancellationToken)
    {
        var columns = $"SELECT {string.Join(", ", HourBucketRows.ColumnNames)} FROM HourlyRollups";
        var connection = await ConnectionAsync(db, cancellationToken);
        var buckets = new HourBucketRows();
        void Add(StatementRow row) => buckets.Add(row);

        if (onlyHours is null) SqliteRows.Read(connection, $"{columns} WHERE BucketHour >= ?1{rollupRows} ORDER BY BucketHour", [fromHour], Add);
        else
        {
            foreach (var hour in onlyHours.Where(h => h >= fromHour).Order())
            {
                SqliteRows.Read(connection, $"{columns} WHERE BucketHour = ?1{rollupRows}", [hour], Add);
            }
        }

        return buckets.Build();
    }

    public async Task<ChunkedList<TransitDayCell>> ReadTransitAsync(
        CainiaoDbContext db, long fromDay, IReadOnlyCollection<long>? onlyDays, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(db, cancellationToken);
        var rows = new ChunkedList<TransitDayCell>.Builder();
        var sql = $"""
            SELECT BucketDay, {SqliteRows.Packed("CarrierId", "LaneId", "ServiceLevelId", "TransitBucket")}, Parcels
            FROM TransitHistograms
            WHERE BucketDay {(onlyDays is null ? ">=" : "=")} ?1 AND Parcels <> 0{rollupRows}
            """;
        foreach (var day in onlyDays?.Where(d => d >= fromDay) ?? [fromDay])
        {
            SqliteRows.Read(connection, sql, [day], row =>
            {
                var key = row.Int64(1);
                rows.Add(new TransitDayCell(row.Int64(0), new TransitCell(SqliteRows.Unpack(key, 0, 4), SqliteRows.Unpack(key, 1, 4),
                    SqliteRows.Unpack(key, 2, 4), SqliteRows.Unpack(key, 3, 4), row.Int64(2))));
            });
        }

        return rows.Build();
    }

    public async Task<ChunkedList<TransitDayCell>> ReadTransitRoutesAsync(
        CainiaoDbContext db, IReadOnlyCollection<TransitRoute> routes, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(db, cancellationToken);
        var rows = new ChunkedList<TransitDayCell>.Builder();
        SqliteRows.ReadEach(connection, $"""
            SELECT TransitBucket, Parcels FROM TransitHistograms
            WHERE BucketDay = ?1 AND CarrierId = ?2 AND LaneId = ?3 AND ServiceLevelId = ?4 AND Parcels <> 0{rollupRows}
            """, routes, static route => [route.Day, route.CarrierId, route.LaneId, route.ServiceLevelId], (route, row) =>
            rows.Add(new TransitDayCell(route.Day, new TransitCell(route.CarrierId, route.LaneId, route.ServiceLevelId, row.Int32(0), row.Int64(1)))));
        return rows.Build();
    }

    public async Task<ChunkedList<StatusCell>> ReadStatusesAsync(CainiaoDbContext db, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(db, cancellationToken);
        var rows = new ChunkedList<StatusCell>.Builder();
        SqliteRows.Read(connection, $"""
            SELECT {SqliteRows.Packed("CarrierId", "LaneId", "ServiceLevelId", "HubId")}, {SqliteRows.Packed("Status", "SubStatus")}, Parcels
            FROM StatusCounts WHERE Parcels <> 0{rollupRows}
            """, [], row =>
        {
            long cell = row.Int64(0), status = row.Int64(1);
            rows.Add(new StatusCell(SqliteRows.Unpack(cell, 0, 4), SqliteRows.Unpack(cell, 1, 4), SqliteRows.Unpack(cell, 2, 4),
                SqliteRows.Unpack(cell, 3, 4), (ParcelStatus)SqliteRows.Unpack(status, 0, 2), (ParcelSubStatus)SqliteRows.Unpack(status, 1, 2),
                row.Int64(2)));
        });
        return rows.Build();
    }

    public async Task<List<OpenParcelCell>> ReadOpenParcelsAsync(CainiaoDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(db, cancellationToken);
        // Counted here rather than with GROUP BY: SQLite would sort every matching parcel in a temporary b-tree,
        // while the scan itself only walks the partial index.
        var cells = new Dictionary<long, (long Overdue, long Stalled, PartyCounts ByParty)>();
        var cell = SqliteRows.Packed("CarrierId", "LaneId", "ServiceLevelId");
        SqliteRows.Read(connection, $"""
            SELECT {cell}, LateParty FROM Parcels WHERE Status < {(int)ParcelStatus.Delivered} AND PromisedUtc < ?1{parcelRows}
            """, [nowUtc], row =>
        {
            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, row.Int64(0), out _);
            counts.Overdue++;
            if (row.NullableInt32(1) is { } party) counts.ByParty = counts.ByParty.Plus((LateParty)party);
        });

        foreach (var service in ReferenceData.ServiceLevels)
        {
            var beforeHour = options.StalledBeforeHour(service.Code, nowUtc);
            SqliteRows.Read(connection, $"""
                SELECT {cell}, Parcels FROM LastScanCounts WHERE ServiceLevelId = ?1 AND BucketHour < ?2{rollupRows}
                """, [service.Id, beforeHour], row =>
            {
                ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, row.Int64(0), out _);
                counts.Stalled += row.Int64(1);
            });
        }

        return cells.Select(c => new OpenParcelCell(SqliteRows.Unpack(c.Key, 0, 3), SqliteRows.Unpack(c.Key, 1, 3), SqliteRows.Unpack(c.Key, 2, 3),
            c.Value.Overdue, c.Value.Stalled, c.Value.ByParty)).ToList();
    }

    /// <summary>The context's own connection, opened for the context's lifetime.</summary>
    private static async Task<SqliteConnection> ConnectionAsync(CainiaoDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return (SqliteConnection)db.Database.GetDbConnection();
    }
}
