using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

public enum HourlyCounter
{
    Events,
    HubDepartures,
    Created,
    PickedUp,
    FirstAttempts,
    OnTimeFirstAttempts,
    FirstAttemptDelivered,
    Delivered,
    ExceptionParcels,
    Complaints,
}

/// <summary>Counters of <see cref="Data.Rollups.DailyVolume"/>.</summary>
public enum DailyCounter
{
    Created,
    FirstAttempts,
    OnTimeFirstAttempts,
    Complaints,
}

/// <summary>Counters of <see cref="Data.Rollups.DailyFlow"/>.</summary>
public enum FlowCounter
{
    Parcels,
    FirstAttempts,
    OnTimeFirstAttempts,
    Delivered,
}

internal enum RollupTable
{
    Hourly,
    Transit,
    Status,
    Daily,
    Flow,
    FlowTransit,
}

/// <summary>
/// One counter cell of one rollup table; the writer nets +1 / -1 deltas per cell before writing.
/// Daily cells use <see cref="ChannelId"/>, the CST day in <see cref="Bucket"/> and the destination region in
/// <see cref="LaneId"/>; flow cells keep the
/// hand-over carrier in <see cref="CarrierId"/> and the origin hub in <see cref="HubId"/>.
/// </summary>
internal readonly record struct RollupDelta(
    RollupTable Table, long Bucket, int CarrierId, int LaneId, int ServiceLevelId, int HubId, int Slot, int ChannelId = 0)
{
    public static long HourOf(DateTime utc) => utc.Ticks / TimeSpan.TicksPerHour - UnixEpochHours;
    public static long DayOf(DateTime utc) => utc.Ticks / TimeSpan.TicksPerDay - UnixEpochDays;

    private static readonly long UnixEpochHours = DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerHour;
    private static readonly long UnixEpochDays = DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerDay;

    public static RollupDelta Hourly(ParcelState parcel, HourlyCounter counter, DateTime utc, int hubId = 0) =>
        new(RollupTable.Hourly, HourOf(utc), parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, hubId, (int)counter);

    public static RollupDelta EventAt(int carrierId, ParcelState parcel, DateTime utc, int? hubId) =>
        new(RollupTable.Hourly, HourOf(utc), carrierId, parcel.LaneId, parcel.ServiceLevelId, hubId ?? 0, (int)HourlyCounter.Events);

    public static RollupDelta Transit(ParcelState parcel, DateTime deliveredUtc, int bucket) =>
        new(RollupTable.Transit, DayOf(deliveredUtc), parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, 0, bucket);

    public static RollupDelta HubDeparture(int carrierId, ParcelState parcel, DateTime utc, int hubId) =>
        new(RollupTable.Hourly, HourOf(utc), carrierId, parcel.LaneId, parcel.ServiceLevelId, hubId, (int)HourlyCounter.HubDepartures);

    /// <summary>Status cells are keyed by the parcel's last hub, with the sub-status in <see cref="Bucket"/>.</summary>
    public static RollupDelta Status(ParcelState parcel) =>
        new(RollupTable.Status, (long)parcel.SubStatus, parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId,
            parcel.LastHubId ?? 0, (int)parcel.Status);

    public static RollupDelta Complaint(ParcelState parcel, DateTime openedUtc, int hubId) =>
        new(RollupTable.Hourly, HourOf(openedUtc), parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, hubId, (int)HourlyCounter.Complaints);

    /// <summary>The cell a stored complaint counts in (the keys kept on the complaint row).</summary>
    public static RollupDelta ComplaintCell(DateTime openedUtc, int carrierId, int laneId, int serviceLevelId, int hubId) =>
        new(RollupTable.Hourly, HourOf(openedUtc), carrierId, laneId, serviceLevelId, hubId, (int)HourlyCounter.Complaints);

    private static readonly Dictionary<int, int> DestinationRegions =
        ReferenceData.Lanes.ToDictionary(l => l.Id, l => l.DestinationRegionId);

    public static RollupDelta Daily(ParcelState parcel, DailyCounter counter, DateTime utc) =>
        new(RollupTable.Daily, OperationsCalendar.DayOf(utc), parcel.BookedCarrierId, DestinationRegions[parcel.LaneId], parcel.ServiceLevelId, 0,
            (int)counter, parcel.ChannelId);

    public static RollupDelta Flow(ParcelState parcel, FlowCounter counter) =>
        new(RollupTable.Flow, OperationsCalendar.DayOf(parcel.CreatedUtc), parcel.HandoverCarrierId, parcel.LaneId, 0,
            parcel.OriginHubId ?? 0, (int)counter);

    public static RollupDelta FlowTransit(ParcelState parcel, int bucket) =>
        new(RollupTable.FlowTransit, OperationsCalendar.DayOf(parcel.CreatedUtc), parcel.HandoverCarrierId, parcel.LaneId, 0,
            parcel.OriginHubId ?? 0, bucket);
}
