using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Services;

/// <summary>
/// Reads the rollups behind <see cref="OperationsSnapshot"/>: hourly counters from the start of yesterday
/// (CST) or the last 48 hours, whichever is earlier; current status counts; open parcels past their promise
/// or stalled (through partial indexes over open parcels only); the last week's transit histogram.
/// Never touches the raw events.
/// </summary>
public sealed class OperationsSnapshotQuery(IDbContextFactory<CainiaoDbContext> contexts, IOptions<KpiOptions> options)
{
    public static readonly TimeSpan TransitWindow = TimeSpan.FromDays(7);

    public async Task<RollupReadout> ReadAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var fromHour = Math.Min(OperationsCalendar.StartOfDayHour(nowUtc) - 24, OperationsCalendar.HourOf(nowUtc) - 47);
        var fromDay = (long)Math.Floor((nowUtc - TransitWindow - DateTime.UnixEpoch).TotalDays);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var hours = await db.HourlyRollups.AsNoTracking()
            .Where(r => r.BucketHour >= fromHour)
            .Select(r => new HourCell(r.BucketHour, r.CarrierId, r.LaneId, r.ServiceLevelId, r.HubId, r.Events, r.HubDepartures,
                r.Created, r.PickedUp, r.FirstAttempts, r.OnTimeFirstAttempts, r.FirstAttemptDelivered, r.Delivered,
                r.ExceptionParcels, r.Complaints))
            .ToListAsync(cancellationToken);

        var statuses = await db.StatusCounts.AsNoTracking()
            .Where(r => r.Parcels != 0)
            .Select(r => new StatusCell(r.CarrierId, r.LaneId, r.ServiceLevelId, r.HubId, r.Status, r.SubStatus, r.Parcels))
            .ToListAsync(cancellationToken);

        var transit = await db.TransitHistograms.AsNoTracking()
            .Where(r => r.BucketDay >= fromDay)
            .GroupBy(r => new { r.CarrierId, r.LaneId, r.ServiceLevelId, r.TransitBucket })
            .Select(g => new TransitCell(g.Key.CarrierId, g.Key.LaneId, g.Key.ServiceLevelId, g.Key.TransitBucket, g.Sum(r => r.Parcels)))
            .ToListAsync(cancellationToken);

        var open = await ReadOpenParcelsAsync(db, nowUtc, cancellationToken);
        return new RollupReadout(hours, statuses, open, transit);
    }

    private async Task<List<OpenParcelCell>> ReadOpenParcelsAsync(CainiaoDbContext db, DateTime nowUtc, CancellationToken cancellationToken)
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
}

public sealed record RollupReadout(
    IReadOnlyList<HourCell> Hours,
    IReadOnlyList<StatusCell> Statuses,
    IReadOnlyList<OpenParcelCell> OpenParcels,
    IReadOnlyList<TransitCell> Transit);
