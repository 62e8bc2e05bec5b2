using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Services;

/// <summary>
/// Reads the rollups behind <see cref="OperationsSnapshot"/>: hourly counters from the start of yesterday
/// (CST) or the last 48 hours, whichever is earlier; current status counts; open parcels past their promise
/// or stalled (through partial indexes over open parcels only); the last week's transit histogram.
/// Never touches the raw events. <see cref="RollupWindow"/> keeps the hourly and transit parts between reads.
/// </summary>
public sealed class OperationsSnapshotQuery(IDbContextFactory<CainiaoDbContext> contexts, IOptions<KpiOptions> options)
{
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

    /// <summary>Hourly cells from <paramref name="fromHour"/> on, or only the listed hours at or after it.</summary>
    public static Task<List<HourCell>> ReadHoursAsync(
        CainiaoDbContext db, long fromHour, IReadOnlyCollection<long>? onlyHours, CancellationToken cancellationToken)
    {
        var rows = db.HourlyRollups.AsNoTracking().Where(r => r.BucketHour >= fromHour);
        if (onlyHours is not null) rows = rows.Where(r => onlyHours.Contains(r.BucketHour));
        return rows
            .Select(r => new HourCell(r.BucketHour, r.CarrierId, r.LaneId, r.ServiceLevelId, r.HubId, r.Events, r.HubDepartures,
                r.Created, r.PickedUp, r.FirstAttempts, r.OnTimeFirstAttempts, r.FirstAttemptDelivered, r.Delivered,
                r.ExceptionParcels, r.Complaints))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Transit-histogram rows per delivery day from <paramref name="fromDay"/> on, or only the listed days.</summary>
    public static Task<List<TransitDayCell>> ReadTransitAsync(
        CainiaoDbContext db, long fromDay, IReadOnlyCollection<long>? onlyDays, CancellationToken cancellationToken)
    {
        var rows = db.TransitHistograms.AsNoTracking().Where(r => r.BucketDay >= fromDay && r.Parcels != 0);
        if (onlyDays is not null) rows = rows.Where(r => onlyDays.Contains(r.BucketDay));
        return rows
            .Select(r => new TransitDayCell(r.BucketDay, new TransitCell(r.CarrierId, r.LaneId, r.ServiceLevelId, r.TransitBucket, r.Parcels)))
            .ToListAsync(cancellationToken);
    }

    public static Task<List<StatusCell>> ReadStatusesAsync(CainiaoDbContext db, CancellationToken cancellationToken) =>
        db.StatusCounts.AsNoTracking()
            .Where(r => r.Parcels != 0)
            .Select(r => new StatusCell(r.CarrierId, r.LaneId, r.ServiceLevelId, r.HubId, r.Status, r.SubStatus, r.Parcels))
            .ToListAsync(cancellationToken);

    public async Task<List<OpenParcelCell>> ReadOpenParcelsAsync(CainiaoDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var cells = new Dictionary<(int, int, int), (long Overdue, long Stalled)>();

        // Status < Delivered matches the partial index IX_Parcels_Open_Promised.
        var overdue = await db.Parcels.AsNoTracking()
            .Where(p => p.Status < ParcelStatus.Delivered && p.PromisedUtc < nowUtc)
            .GroupBy(p => new { p.CarrierId, p.LaneId, p.ServiceLevelId })
            .Select(g => new { g.Key.CarrierId, g.Key.LaneId, g.Key.ServiceLevelId, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        foreach (var row in overdue) cells[(row.CarrierId, row.LaneId, row.ServiceLevelId)] = (row.Count, 0);

        foreach (var service in ReferenceData.ServiceLevels)
        {
            var cutoff = nowUtc - options.Value.StalledAfter(service.Code);
            var stalled = await db.Parcels.AsNoTracking()
                .Where(p => p.Status > ParcelStatus.Pending && p.Status < ParcelStatus.Delivered
                    && p.ServiceLevelId == service.Id && p.LastEventUtc < cutoff)
                .GroupBy(p => new { p.CarrierId, p.LaneId })
                .Select(g => new { g.Key.CarrierId, g.Key.LaneId, Count = g.LongCount() })
                .ToListAsync(cancellationToken);
            foreach (var row in stalled)
            {
                var key = (row.CarrierId, row.LaneId, service.Id);
                cells[key] = (cells.GetValueOrDefault(key).Overdue, row.Count);
            }
        }

        return cells.Select(c => new OpenParcelCell(c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Value.Overdue, c.Value.Stalled)).ToList();
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
    IReadOnlyList<HourCell> Hours,
    IReadOnlyList<StatusCell> Statuses,
    IReadOnlyList<OpenParcelCell> OpenParcels,
    IReadOnlyList<TransitCell> Transit);

public readonly record struct TransitDayCell(long Day, TransitCell Cell);
