using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Services;

/// <summary>
/// Everything the live overview needs, read from the rollups once per refresh and shared by every open
/// page. Immutable: pages filter and aggregate it in memory, so N open tabs cost one set of queries.
/// </summary>
public sealed record OperationsSnapshot(
    DateTime AsOfUtc,
    long Version,
    IReadOnlyList<HourCell> Hours,
    IReadOnlyList<StatusCell> Statuses,
    IReadOnlyList<OpenParcelCell> OpenParcels,
    IReadOnlyList<TransitCell> Transit,
    IReadOnlyList<LiveEvent> LatestEvents,
    IReadOnlyList<StateSample> StateHistory,
    SeedingProgress Seeding)
{
    public static readonly OperationsSnapshot Empty = new(
        DateTime.MinValue, 0, [], [], [], [], [], [], SeedingProgress.NotStarted);

    public bool IsEmpty => Version == 0;
}

/// <summary>One hourly rollup row (see <see cref="Data.Rollups.HourlyRollup"/>).</summary>
public readonly record struct HourCell(
    long Hour, int CarrierId, int LaneId, int ServiceLevelId, int HubId,
    long Events, long HubDepartures, long Created, long PickedUp, long FirstAttempts, long OnTimeFirstAttempts,
    long FirstAttemptDelivered, long Delivered, long ExceptionParcels, long Complaints);

public readonly record struct StatusCell(
    int CarrierId, int LaneId, int ServiceLevelId, int HubId, ParcelStatus Status, ParcelSubStatus SubStatus, long Parcels);

/// <summary>Open parcels past their promise (SLA breaches) and in-flight parcels without a recent scan.</summary>
public readonly record struct OpenParcelCell(int CarrierId, int LaneId, int ServiceLevelId, long Overdue, long Stalled);

/// <summary>Parcels delivered in the last week per transit-time bucket.</summary>
public readonly record struct TransitCell(int CarrierId, int LaneId, int ServiceLevelId, int Bucket, long Parcels);

public sealed record LiveEvent(
    DateTime EventUtc, int CarrierId, string TrackingNumber, ParcelStatus Status, ParcelSubStatus SubStatus,
    string RawCode, string RawText, int? HubId);

/// <summary>
/// Clock-driven figures (overdue, stalled) have no hourly rollup; the notifier samples them as it runs so
/// their sparklines and day-on-day changes fill in over time.
/// </summary>
public readonly record struct StateSample(DateTime AtUtc, IReadOnlyList<OpenParcelCell> OpenParcels);
