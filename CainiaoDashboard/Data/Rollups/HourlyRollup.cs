namespace CainiaoDashboard.Data.Rollups;

/// <summary>
/// KPI counters per hour x carrier x lane x service level x hub, maintained by the ingest writer in the
/// same transaction as the events. Parcel milestones (pick-up, first attempt, delivery, first exception)
/// count in the hour they happened; <see cref="HubId"/> is 0 for counters that are not about a hub.
/// </summary>
public sealed class HourlyRollup
{
    /// <summary>Whole hours since the Unix epoch (UTC).</summary>
    public long BucketHour { get; set; }
    public int CarrierId { get; set; }
    public int LaneId { get; set; }
    public int ServiceLevelId { get; set; }
    public int HubId { get; set; }

    public long Events { get; set; }
    public long Created { get; set; }
    public long PickedUp { get; set; }
    public long FirstAttempts { get; set; }
    public long OnTimeFirstAttempts { get; set; }
    public long FirstAttemptDelivered { get; set; }
    public long Delivered { get; set; }
    public long ExceptionParcels { get; set; }
    public long Complaints { get; set; }
}
