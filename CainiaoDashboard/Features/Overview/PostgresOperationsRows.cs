using System.Runtime.InteropServices;
using CainiaoDashboard.Data;
using CainiaoDashboard.Data.Postgres;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// <see cref="IOperationsRows"/> on PostgreSQL: the same reads through Npgsql on the context's connection, the lists of
/// hours or days as one array parameter, the open-parcel counts grouped by the server.
/// </summary>
internal sealed class PostgresOperationsRows(KpiOptions options, bool hideSimulated) : IOperationsRows
{
    private readonly string rollupRows = hideSimulated ? """ AND NOT "Simulated" """ : "";

    private readonly string parcelRows = hideSimulated ? $""" AND NOT {SimulatedParcels.Sql("\"TrackingNumber\"")}""" : "";

    public async Task<List<HourBucket>> ReadHoursAsync(
        CainiaoDbContext db, long fromHour, IReadOnlyCollection<long>? onlyHours, CancellationToken cancellationToken)
    {
        var buckets = new HourBucketRows();
        var columns = string.Join(", ", HourBucketRows.ColumnNames.Select(c => $"\"{c}\""));
        var hours = onlyHours is null ? "" : """ AND "BucketHour" = ANY($2)""";
        await ReadAsync(db, $"""
            SELECT {columns} FROM "HourlyRollups" WHERE "BucketHour" >= $1{hours}{rollupRows} ORDER BY "BucketHour"
            """, [fromHour, .. Only(onlyHours)], row => buckets.Add(row), cancellationToken);
        return buckets.Build();
    }

    public async Task<ChunkedList<TransitDayCell>> ReadTransitAsync(
        CainiaoDbContext db, long fromDay, IReadOnlyCollection<long>? onlyDays, CancellationToken cancellationToken)
    {
        var rows = new ChunkedList<TransitDayCell>.Builder();
        var days = onlyDays is null ? "" : """ AND "BucketDay" = ANY($2)""";
        await ReadAsync(db, $"""
            SELECT "BucketDay", "CarrierId", "LaneId", "ServiceLevelId", "TransitBucket", "Parcels" FROM "TransitHistograms"
            WHERE "BucketDay" >= $1{days} AND "Parcels" <> 0{rollupRows}
            """, [fromDay, .. Only(onlyDays)], row =>
            rows.Add(new TransitDayCell(row.Int64(0), new TransitCell(row.Int32(1), row.Int32(2), row.Int32(3), row.Int32(4), row.Int64(5)))),
            cancellationToken);
        return rows.Build();
    }

    public async Task<ChunkedList<TransitDayCell>> ReadTransitRoutesAsync(
        CainiaoDbContext db, IReadOnlyCollection<TransitRoute> routes, CancellationToken cancellationToken)
    {
        var rows = new ChunkedList<TransitDayCell>.Builder();
        await ReadAsync(db, $"""
            SELECT h."BucketDay", h."CarrierId", h."LaneId", h."ServiceLevelId", h."TransitBucket", h."Parcels"
            FROM unnest($1::bigint[], $2::integer[], $3::integer[], $4::integer[]) AS r("BucketDay", "CarrierId", "LaneId", "ServiceLevelId")
            JOIN "TransitHistograms" h USING ("BucketDay", "CarrierId", "LaneId", "ServiceLevelId")
            WHERE h."Parcels" <> 0{rollupRows}
            """, [routes.Select(r => r.Day).ToArray(), routes.Select(r => r.CarrierId).ToArray(), routes.Select(r => r.LaneId).ToArray(),
                routes.Select(r => r.ServiceLevelId).ToArray()], row =>
            rows.Add(new TransitDayCell(row.Int64(0), new TransitCell(row.Int32(1), row.Int32(2), row.Int32(3), row.Int32(4), row.Int64(5)))),
            cancellationToken);
        return rows.Build();
    }

    public async Task<ChunkedList<StatusCell>> ReadStatusesAsync(CainiaoDbContext db, CancellationToken cancellationToken)
    {
        var rows = new ChunkedList<StatusCell>.Builder();
        await ReadAsync(db, $"""
            SELECT "CarrierId", "LaneId", "ServiceLevelId", "HubId", "Status", "SubStatus", "Parcels" FROM "StatusCounts"
            WHERE "Parcels" <> 0{rollupRows}
            """, [], row => rows.Add(new StatusCell(row.Int32(0), row.Int32(1), row.Int32(2), row.Int32(3),
                (ParcelStatus)row.Int32(4), (ParcelSubStatus)row.Int32(5), row.Int64(6))), cancellationToken);
        return rows.Build();
    }

    public async Task<List<OpenParcelCell>> ReadOpenParcelsAsync(CainiaoDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var cells = new Dictionary<(int, int, int), (long Overdue, long Stalled, PartyCounts ByParty)>();
        await ReadAsync(db, $"""
            SELECT "CarrierId", "LaneId", "ServiceLevelId", COALESCE("LateParty", -1), count(*) FROM "Parcels"
            WHERE "Status" < {(int)ParcelStatus.Delivered} AND "PromisedUtc" < $1{parcelRows}
            GROUP BY 1, 2, 3, 4
            """, [nowUtc], row =>
        {
            ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, (row.Int32(0), row.Int32(1), row.Int32(2)), out _);
            var parcels = row.Int64(4);
            counts.Overdue += parcels;
            if (row.Int32(3) is >= 0 and var party) counts.ByParty = counts.ByParty.Plus((LateParty)party, parcels);
        }, cancellationToken);

        foreach (var service in ReferenceData.ServiceLevels)
        {
            var beforeHour = options.StalledBeforeHour(service.Code, nowUtc);
            await ReadAsync(db, $"""
                SELECT "CarrierId", "LaneId", "ServiceLevelId", sum("Parcels")::bigint FROM "LastScanCounts"
                WHERE "ServiceLevelId" = $1 AND "BucketHour" < $2{rollupRows}
                GROUP BY 1, 2, 3
                """, [service.Id, beforeHour], row =>
            {
                ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, (row.Int32(0), row.Int32(1), row.Int32(2)), out _);
                counts.Stalled += row.Int64(3);
            }, cancellationToken);
        }

        return cells.Select(c => new OpenParcelCell(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Value.Overdue, c.Value.Stalled, c.Value.ByParty)).ToList();
    }

    private static object[] Only(IReadOnlyCollection<long>? values) => values is null ? [] : [values.ToArray()];

    private static async Task ReadAsync(CainiaoDbContext db, string sql, object[] parameters, Action<PostgresRow> onRow, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
        foreach (var value in parameters) command.Parameters.Add(new NpgsqlParameter { Value = value is DateTime time ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) onRow(new PostgresRow(reader));
    }
}
