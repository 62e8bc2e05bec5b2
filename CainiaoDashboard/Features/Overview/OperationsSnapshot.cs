using CainiaoDashboard.Domain;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// Everything the live overview needs, read from the rollups once per refresh and shared by every open
/// page. Immutable: pages filter and aggregate it in memory, so N open tabs cost one set of queries.
/// </summary>
public sealed record OperationsSnapshot(
    DateTime AsOfUtc,
    long Version,
    IReadOnlyList<HourBucket> Hours,
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

/// <summary>
/// The hourly rollup counters (see <see cref="Data.Rollups.HourlyRollup"/>) of one hour, carrier, lane and
/// service level, summed over hubs.
/// </summary>
/// <param name="LateDelivered">Parcels delivered after their promise, per party their lateness is counted against.</param>
/// <param name="OwnFaultLateFirstAttempts">Late first attempts whose lateness was the carrier's own.</param>
public readonly record struct HourCell(
    long Hour, int CarrierId, int LaneId, int ServiceLevelId,
    long Events, long Created, long PickedUp, long FirstAttempts, long OnTimeFirstAttempts,
    long FirstAttemptDelivered, long Delivered, long ExceptionParcels, long Complaints,
    PartyCounts LateDelivered = default, long OwnFaultLateFirstAttempts = 0)
{
    public static HourCell operator +(HourCell a, HourCell b) => a with
    {
        Events = a.Events + b.Events, Created = a.Created + b.Created, PickedUp = a.PickedUp + b.PickedUp,
        FirstAttempts = a.FirstAttempts + b.FirstAttempts, OnTimeFirstAttempts = a.OnTimeFirstAttempts + b.OnTimeFirstAttempts,
        FirstAttemptDelivered = a.FirstAttemptDelivered + b.FirstAttemptDelivered, Delivered = a.Delivered + b.Delivered,
        ExceptionParcels = a.ExceptionParcels + b.ExceptionParcels, Complaints = a.Complaints + b.Complaints,
        LateDelivered = a.LateDelivered + b.LateDelivered, OwnFaultLateFirstAttempts = a.OwnFaultLateFirstAttempts + b.OwnFaultLateFirstAttempts,
    };
}

/// <summary>
/// The hub-level figures of one hourly rollup row that the hub table needs; only rows at a hub with departures
/// or first attempts are kept.
/// </summary>
public readonly record struct HubHourCell(
    long Hour, int CarrierId, int LaneId, int ServiceLevelId, int HubId, long HubDepartures, long FirstAttempts, long OnTimeFirstAttempts);

public readonly record struct StatusCell(
    int CarrierId, int LaneId, int ServiceLevelId, int HubId, ParcelStatus Status, ParcelSubStatus SubStatus, long Parcels);

/// <summary>Open parcels past their promise (SLA breaches) and in-flight parcels without a recent scan.</summary>
/// <param name="OverdueByParty">The overdue parcels per party their lateness is counted against (parcels stored without one are in no party).</param>
public readonly record struct OpenParcelCell(int CarrierId, int LaneId, int ServiceLevelId, long Overdue, long Stalled, PartyCounts OverdueByParty = default);

/// <summary>Parcels delivered in the last week per transit-time bucket.</summary>
public readonly record struct TransitCell(int CarrierId, int LaneId, int ServiceLevelId, int Bucket, long Parcels);

public sealed record LiveEvent(
    DateTime EventUtc, int CarrierId, string TrackingNumber, ParcelStatus Status, ParcelSubStatus SubStatus,
    string RawCode, string RawText, int? HubId)
{
    /// <summary>The carrier's own code and words, as the feed shows them on hover: one string for every page showing the event.</summary>
    public string CarrierWording { get; } = $"{RawCode}: {RawText}";
}

/// <summary>
/// Clock-driven figures (overdue, stalled) have no hourly rollup; the notifier samples them as it runs so
/// their sparklines and day-on-day changes fill in over time.
/// </summary>
public readonly record struct StateSample(DateTime AtUtc, IReadOnlyList<OpenParcelCell> OpenParcels);
