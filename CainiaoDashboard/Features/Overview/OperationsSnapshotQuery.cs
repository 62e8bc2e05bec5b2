using System.Runtime.InteropServices;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Simulation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// Reads the rollups behind <see cref="OperationsSnapshot"/>: hourly counters from the start of yesterday
/// (CST) or the last 48 hours, whichever is earlier; current status counts; open parcels past their promise
/// or stalled (through partial indexes over open parcels only); the last week's transit histogram.
/// Never touches the raw events. <see cref="RollupWindow"/> keeps the hourly and transit parts between reads.
/// With <see cref="SimulatorOptions.HideParcels"/>, every part leaves the simulator's parcels out.
/// </summary>
public sealed class OperationsSnapshotQuery(
    IDbContextFactory<CainiaoDbContext> contexts, IOptions<KpiOptions> options, IOptions<SimulatorOptions>? simulator = null)
{
    /// <summary>Rollup rows of real parcels only (their <c>Simulated</c> key column), or every row.</summary>
    private readonly string rollupRows = simulator?.Value.HideParcels == true ? " AND Simulated = 0" : "";

    /// <summary>Parcel rows of real parcels only, or every row.</summary>
    private readonly string parcelRows = simulator?.Value.HideParcels == true ? $" AND NOT {SimulatedParcels.Sql("TrackingNumber")}" : "";

    public static readonly TimeSpan TransitWindow = TimeSpan.FromDays(7);

    public static long FirstHour(DateTime nowUtc) =>
        Math.Min(OperationsCalendar.StartOfDayHour(nowUtc) - 24, OperationsCalendar.HourOf(nowUtc) - 47);

    public static long FirstTransitDay(DateTime nowUtc) => (long)Math.Floor((nowUtc - TransitWindow - DateTime.UnixEpoch).TotalDays);

    /// <summary>Everything, uncached: the first read of a <see cref="RollupWindow"/> costs the same.</summary>
    public async Task<RollupReadout> ReadAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hours = await ReadHoursAsync(db, FirstHour(nowUtc), null, cancellationToken);
        var transit = await ReadTransitAsync(db, FirstTransitDay(nowUtc), null, cancellationToken);
        var statuses = await ReadStatusesAsync(db, cancellationToken);
        var open = await ReadOpenParcelsAsync(db, nowUtc, cancellationToken);
        return new RollupReadout(hours, statuses, open, SumOverDays(transit));
    }

    public Task<CainiaoDbContext> OpenAsync(CancellationToken cancellationToken) => contexts.CreateDbContextAsync(cancellationToken);

    /// <summary>
    /// Hour buckets from <paramref name="fromHour"/> on, or only the listed hours at or after it, in hour order,
    /// summed over hubs as the rows stream in. This and the reads below run on every live refresh, so they go
    /// through <see cref="SqliteRows"/> on the context's connection rather than through EF queries.
    /// </summary>
    public async Task<List<HourBucket>> ReadHoursAsync(
        CainiaoDbContext db, long fromHour, IReadOnlyCollection<long>? onlyHours, CancellationToken cancellationToken)
    {
        const string Columns = """
            SELECT BucketHour, CarrierId, LaneId, ServiceLevelId, HubId, Events, HubDepartures, Created, PickedUp, FirstAttempts,
                   OnTimeFirstAttempts, FirstAttemptDelivered, Delivered, ExceptionParcels, Complaints,
                   LateDeliveredShipper, LateDeliveredCourier, LateDeliveredPartner, LateDeliveredCustoms, LateDeliveredRecipient,
                   LateDeliveredWeather, OwnFaultLateFirstAttempts
            FROM HourlyRollups
            """;
        var connection = await ConnectionAsync(db, cancellationToken);
        var buckets = new List<HourBucket>();
        HourBucket.Builder? builder = null;
        void Add(StatementRow row)
        {
            var hour = row.Int64(0);
            if (builder?.Hour != hour)
            {
                if (builder is not null) buckets.Add(builder.Build());
                builder = new HourBucket.Builder(hour);
            }

            int carrier = row.Int32(1), lane = row.Int32(2), service = row.Int32(3);
            long firstAttempts = row.Int64(9), onTime = row.Int64(10);
            var lateDelivered = new PartyCounts(row.Int64(15), row.Int64(16), row.Int64(17), row.Int64(18), row.Int64(19), row.Int64(20));
            builder.Add(new HourCell(hour, carrier, lane, service, row.Int64(5), row.Int64(7), row.Int64(8),
                firstAttempts, onTime, row.Int64(11), row.Int64(12), row.Int64(13), row.Int64(14), lateDelivered, row.Int64(21)));
            builder.Add(new HubHourCell(hour, carrier, lane, service, row.Int32(4), row.Int64(6), firstAttempts, onTime));
        }

        if (onlyHours is null) SqliteRows.Read(connection, $"{Columns} WHERE BucketHour >= ?1{rollupRows} ORDER BY BucketHour", [fromHour], Add);
        else
        {
            foreach (var hour in onlyHours.Where(h => h >= fromHour).Order())
            {
                SqliteRows.Read(connection, $"{Columns} WHERE BucketHour = ?1{rollupRows}", [hour], Add);
            }
        }

        if (builder is not null) buckets.Add(builder.Build());
        return buckets;
    }

    /// <summary>Transit-histogram rows per delivery day from <paramref name="fromDay"/> on, or only the listed days.</summary>
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

    /// <summary>
    /// Open parcels past their promise, and in-flight parcels without a scan for longer than their service's
    /// limit, per carrier, lane and service level. The status conditions match the partial indexes
    /// IX_Parcels_Open_Promised (which holds each parcel's party too) and IX_Parcels_InFlight_LastEvent, so only open parcels are visited.
    /// </summary>
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
            var cutoff = nowUtc - options.Value.StalledAfter(service.Code);
            SqliteRows.Read(connection, $"""
                SELECT {cell} FROM Parcels
                WHERE Status > {(int)ParcelStatus.Pending} AND Status < {(int)ParcelStatus.Delivered} AND ServiceLevelId = ?1 AND LastEventUtc < ?2{parcelRows}
                """, [service.Id, cutoff], row =>
            {
                ref var counts = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, row.Int64(0), out _);
                counts.Stalled++;
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

    public static List<TransitCell> SumOverDays(IEnumerable<TransitDayCell> rows)
    {
        var sums = new Dictionary<(int, int, int, int), long>();
        foreach (var (_, c) in rows)
        {
            var key = (c.CarrierId, c.LaneId, c.ServiceLevelId, c.Bucket);
            sums[key] = sums.GetValueOrDefault(key) + c.Parcels;
        }

        return sums.Select(s => new TransitCell(s.Key.Item1, s.Key.Item2, s.Key.Item3, s.Key.Item4, s.Value)).ToList();
    }
}

public sealed record RollupReadout(
    IReadOnlyList<HourBucket> Hours,
    IReadOnlyList<StatusCell> Statuses,
    IReadOnlyList<OpenParcelCell> OpenParcels,
    IReadOnlyList<TransitCell> Transit);

public readonly record struct TransitDayCell(long Day, TransitCell Cell);
