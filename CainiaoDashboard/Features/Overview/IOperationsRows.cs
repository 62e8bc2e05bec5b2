using CainiaoDashboard.Data;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// The rollup and parcel rows behind the overview, read on every live refresh: one implementation per engine
/// (<see cref="SqliteOperationsRows"/>, <see cref="PostgresOperationsRows"/>), chosen by <see cref="OperationsSnapshotQuery"/>.
/// </summary>
internal interface IOperationsRows
{
    /// <summary>
    /// Hour buckets from <paramref name="fromHour"/> on, or only the listed hours at or after it, in hour order,
    /// summed over hubs as the rows stream in.
    /// </summary>
    Task<List<HourBucket>> ReadHoursAsync(CainiaoDbContext db, long fromHour, IReadOnlyCollection<long>? onlyHours, CancellationToken cancellationToken);

    /// <summary>Transit-histogram rows per delivery day from <paramref name="fromDay"/> on, or only the listed days.</summary>
    Task<ChunkedList<TransitDayCell>> ReadTransitAsync(CainiaoDbContext db, long fromDay, IReadOnlyCollection<long>? onlyDays, CancellationToken cancellationToken);

    /// <summary>Transit-histogram rows of the listed routes only (each a range of the table's key).</summary>
    Task<ChunkedList<TransitDayCell>> ReadTransitRoutesAsync(CainiaoDbContext db, IReadOnlyCollection<TransitRoute> routes, CancellationToken cancellationToken);

    Task<ChunkedList<StatusCell>> ReadStatusesAsync(CainiaoDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Open parcels past their promise, and in-flight parcels without a scan since their service's cutoff hour
    /// (<see cref="KpiOptions.StalledBefore"/>), per carrier, lane and service level. The overdue ones from the partial index
    /// IX_Parcels_Open_Promised (which holds each parcel's party too), so only open parcels are visited; the stalled ones
    /// from the hours before the cutoff in LastScanCounts.
    /// </summary>
    Task<List<OpenParcelCell>> ReadOpenParcelsAsync(CainiaoDbContext db, DateTime nowUtc, CancellationToken cancellationToken);
}
