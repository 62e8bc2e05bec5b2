using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;

namespace CainiaoDashboard.Ingest;

/// <summary>The rollup cells a parcel's change counts in, worked out from the writer's copy of the parcel.</summary>
internal static class ParcelDeltas
{
    public static RollupDelta Hourly(ParcelState parcel, HourlyCounter counter, DateTime utc, int hubId = 0) =>
        new(RollupTable.Hourly, parcel.IsSimulated, RollupDelta.HourOf(utc), parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, hubId, (int)counter);

    public static RollupDelta EventAt(int carrierId, ParcelState parcel, DateTime utc, int? hubId) =>
        new(RollupTable.Hourly, parcel.IsSimulated, RollupDelta.HourOf(utc), carrierId, parcel.LaneId, parcel.ServiceLevelId, hubId ?? 0, (int)HourlyCounter.Events);

    public static RollupDelta Transit(ParcelState parcel, DateTime deliveredUtc, int bucket) =>
        new(RollupTable.Transit, parcel.IsSimulated, RollupDelta.DayOf(deliveredUtc), parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, 0, bucket);

    public static RollupDelta HubDeparture(int carrierId, ParcelState parcel, DateTime utc, int hubId) =>
        new(RollupTable.Hourly, parcel.IsSimulated, RollupDelta.HourOf(utc), carrierId, parcel.LaneId, parcel.ServiceLevelId, hubId, (int)HourlyCounter.HubDepartures);

    /// <summary>Status cells are keyed by the parcel's last hub, with the sub-status in <see cref="RollupDelta.Bucket"/>.</summary>
    public static RollupDelta Status(ParcelState parcel) =>
        new(RollupTable.Status, parcel.IsSimulated, (long)parcel.SubStatus, parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId,
            parcel.LastHubId ?? 0, (int)parcel.Status);

    /// <summary>The hour of an in-flight parcel's last scan, per service level, carrier and lane (stalled counts).</summary>
    public static RollupDelta LastScan(ParcelState parcel, DateTime lastEventUtc) =>
        new(RollupTable.LastScan, parcel.IsSimulated, RollupDelta.HourOf(lastEventUtc), parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, 0, 0);

    public static RollupDelta Complaint(ParcelState parcel, DateTime openedUtc, int hubId) =>
        new(RollupTable.Hourly, parcel.IsSimulated, RollupDelta.HourOf(openedUtc), parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, hubId, (int)HourlyCounter.Complaints);

    /// <summary>The cell a stored complaint counts in (the keys kept on the complaint row).</summary>
    public static RollupDelta ComplaintCell(bool simulated, DateTime openedUtc, int carrierId, int laneId, int serviceLevelId, int hubId) =>
        new(RollupTable.Hourly, simulated, RollupDelta.HourOf(openedUtc), carrierId, laneId, serviceLevelId, hubId, (int)HourlyCounter.Complaints);

    private static readonly Dictionary<int, int> DestinationRegions =
        ReferenceData.Lanes.ToDictionary(l => l.Id, l => l.DestinationRegionId);

    public static RollupDelta Daily(ParcelState parcel, DailyCounter counter, DateTime utc) =>
        new(RollupTable.Daily, parcel.IsSimulated, OperationsCalendar.DayOf(utc), parcel.BookedCarrierId, DestinationRegions[parcel.LaneId], parcel.ServiceLevelId, 0,
            (int)counter, parcel.ChannelId);

    public static RollupDelta Flow(ParcelState parcel, FlowCounter counter) =>
        new(RollupTable.Flow, parcel.IsSimulated, OperationsCalendar.DayOf(parcel.CreatedUtc), parcel.HandoverCarrierId, parcel.LaneId, 0,
            parcel.OriginHubId ?? 0, (int)counter);

    public static RollupDelta FlowTransit(ParcelState parcel, int bucket) =>
        new(RollupTable.FlowTransit, parcel.IsSimulated, OperationsCalendar.DayOf(parcel.CreatedUtc), parcel.HandoverCarrierId, parcel.LaneId, 0,
            parcel.OriginHubId ?? 0, bucket);
}
