using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Simulation;
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
    // The engine's reads, chosen by the first context read from (every context of a process runs on one engine).
    private IOperationsRows? rows;

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

    public Task<List<HourBucket>> ReadHoursAsync(
        CainiaoDbContext db, long fromHour, IReadOnlyCollection<long>? onlyHours, CancellationToken cancellationToken) =>
        RowsFor(db).ReadHoursAsync(db, fromHour, onlyHours, cancellationToken);

    public Task<ChunkedList<TransitDayCell>> ReadTransitAsync(
        CainiaoDbContext db, long fromDay, IReadOnlyCollection<long>? onlyDays, CancellationToken cancellationToken) =>
        RowsFor(db).ReadTransitAsync(db, fromDay, onlyDays, cancellationToken);

    public Task<ChunkedList<TransitDayCell>> ReadTransitRoutesAsync(
        CainiaoDbContext db, IReadOnlyCollection<TransitRoute> routes, CancellationToken cancellationToken) =>
        RowsFor(db).ReadTransitRoutesAsync(db, routes, cancellationToken);

    public Task<ChunkedList<StatusCell>> ReadStatusesAsync(CainiaoDbContext db, CancellationToken cancellationToken) =>
        RowsFor(db).ReadStatusesAsync(db, cancellationToken);

    public Task<List<OpenParcelCell>> ReadOpenParcelsAsync(CainiaoDbContext db, DateTime nowUtc, CancellationToken cancellationToken) =>
        RowsFor(db).ReadOpenParcelsAsync(db, nowUtc, cancellationToken);

    /// <summary>The rows of the engine the context runs on (the one place the overview's reads differ by engine).</summary>
    private IOperationsRows RowsFor(CainiaoDbContext db) => rows ??= db.Database.IsNpgsql()
        ? new PostgresOperationsRows(options.Value, simulator?.Value.HideParcels == true)
        : new SqliteOperationsRows(options.Value, simulator?.Value.HideParcels == true);

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
