using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Simulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Executive;

/// <summary>One day x stack key of <see cref="Data.Rollups.DailyVolume"/>, summed over the other dimensions.</summary>
/// <param name="LateFirstAttempts">The late first attempts per party their lateness is counted against.</param>
public readonly record struct VolumeCell(
    int Day, int Key, long Created, long FirstAttempts, long OnTimeFirstAttempts, long Complaints, PartyCounts LateFirstAttempts = default);

/// <summary>A booked courier's first attempts over the range, and the late ones that were its own fault.</summary>
public readonly record struct CarrierOnTime(int CarrierId, long FirstAttempts, long OnTimeFirstAttempts, long OwnFaultLate)
{
    public double? Rate => FirstAttempts == 0 ? null : (double)OnTimeFirstAttempts / FirstAttempts;

    /// <summary>On time, own fault only: first attempts not made late by the courier itself ÷ first attempts.</summary>
    public double? OwnFaultRate => FirstAttempts == 0 ? null : (double)(FirstAttempts - OwnFaultLate) / FirstAttempts;
}

/// <summary>What <c>/volume</c> reads for one range and stacking: the cells, the couriers' on-time rates, and the prior period's parcels.</summary>
public sealed record VolumeReadout(
    DayRange Range, StackBy Stack, DateTime AsOfUtc, IReadOnlyList<VolumeCell> Cells, long PriorCreated, double ElapsedDays, double PriorDays)
{
    public IReadOnlyList<CarrierOnTime> Carriers { get; init; } = [];
}

/// <summary>
/// Reads the executive volume rollups (never the raw events): one grouped scan of <c>DailyVolumes</c> over the
/// range, one sum over the prior period. When the range ends today, today counts as far as it has run, and the
/// prior period is compared up to the same time of day (its last day from the hourly rollup). With
/// <see cref="SimulatorOptions.HideParcels"/>, the simulator's parcels are left out.
/// </summary>
public sealed class VolumeQuery(IDbContextFactory<CainiaoDbContext> contexts, IOptions<SimulatorOptions>? simulator = null)
{
    private readonly bool realOnly = simulator?.Value.HideParcels == true;

    private IQueryable<DailyVolume> Volumes(CainiaoDbContext db) =>
        realOnly ? db.DailyVolumes.AsNoTracking().Where(r => !r.Simulated) : db.DailyVolumes.AsNoTracking();

    private IQueryable<HourlyRollup> Hours(CainiaoDbContext db) =>
        realOnly ? db.HourlyRollups.AsNoTracking().Where(r => !r.Simulated) : db.HourlyRollups.AsNoTracking();

    public async Task<VolumeReadout> ReadAsync(DayRange range, StackBy stack, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (from, to) = (range.FromDay, range.ToDay);
        var rows = Volumes(db).Where(r => r.Day >= from && r.Day <= to);
        var grouped = stack switch
        {
            StackBy.Channel => rows.GroupBy(r => new { r.Day, Key = r.ChannelId }),
            StackBy.Service => rows.GroupBy(r => new { r.Day, Key = r.ServiceLevelId }),
            StackBy.Region => rows.GroupBy(r => new { r.Day, Key = r.RegionId }),
            _ => rows.GroupBy(r => new { r.Day, Key = r.CarrierId }),
        };
        var cells = await grouped
            .Select(g => new VolumeCell(g.Key.Day, g.Key.Key, g.Sum(r => r.Created), g.Sum(r => r.FirstAttempts),
                g.Sum(r => r.OnTimeFirstAttempts), g.Sum(r => r.Complaints),
                new PartyCounts(g.Sum(r => r.LateFirstAttemptsShipper), g.Sum(r => r.LateFirstAttemptsCourier), g.Sum(r => r.LateFirstAttemptsPartner),
                    g.Sum(r => r.LateFirstAttemptsCustoms), g.Sum(r => r.LateFirstAttemptsRecipient), g.Sum(r => r.LateFirstAttemptsWeather))))
            .ToListAsync(cancellationToken);
        // The carrier is the booked courier: its own fault is the courier's share (a partner's or customs' is not).
        var carriers = await rows.GroupBy(r => r.CarrierId)
            .Select(g => new CarrierOnTime(g.Key, g.Sum(r => r.FirstAttempts), g.Sum(r => r.OnTimeFirstAttempts), g.Sum(r => r.LateFirstAttemptsCourier)))
            .ToListAsync(cancellationToken);

        var today = OperationsCalendar.DayOf(nowUtc);
        var prior = range.Prior;
        double elapsed = range.Days, priorDays = prior.Days;
        long priorCreated;
        if (range.ToDay >= today)
        {
            // Like for like: the prior period's last day counts up to the time of day it is now.
            var intoToday = nowUtc - OperationsCalendar.StartOfDayUtc(today);
            elapsed = range.Days - 1 + intoToday.TotalDays;
            priorDays = elapsed;
            var (priorFrom, lastFull) = (prior.FromDay, prior.ToDay - 1);
            var fullDays = await Volumes(db).Where(r => r.Day >= priorFrom && r.Day <= lastFull)
                .SumAsync(r => (long?)r.Created, cancellationToken) ?? 0;
            priorCreated = fullDays + await CreatedSoFarAsync(db, OperationsCalendar.StartOfDayUtc(prior.ToDay), intoToday, cancellationToken);
        }
        else
        {
            var (priorFrom, priorTo) = (prior.FromDay, prior.ToDay);
            priorCreated = await Volumes(db).Where(r => r.Day >= priorFrom && r.Day <= priorTo)
                .SumAsync(r => (long?)r.Created, cancellationToken) ?? 0;
        }

        return new VolumeReadout(range, stack, nowUtc, cells, priorCreated, elapsed, priorDays) { Carriers = carriers };
    }

    /// <summary>Parcels created from <paramref name="startUtc"/> for <paramref name="length"/>: whole hours plus a share of the last one.</summary>
    private async Task<long> CreatedSoFarAsync(CainiaoDbContext db, DateTime startUtc, TimeSpan length, CancellationToken cancellationToken)
    {
        var firstHour = OperationsCalendar.HourOf(startUtc);
        var wholeHours = (long)Math.Floor(length.TotalHours);
        var lastHour = firstHour + wholeHours;
        var perHour = await Hours(db)
            .Where(r => r.BucketHour >= firstHour && r.BucketHour <= lastHour)
            .GroupBy(r => r.BucketHour)
            .Select(g => new { Hour = g.Key, Created = g.Sum(r => r.Created) })
            .ToListAsync(cancellationToken);
        var share = length.TotalHours - wholeHours;
        return perHour.Sum(h => h.Hour < lastHour ? h.Created : (long)Math.Round(h.Created * share));
    }

}
