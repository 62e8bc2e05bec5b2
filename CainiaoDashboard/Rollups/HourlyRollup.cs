namespace CainiaoDashboard.Rollups;

/// <summary>
/// KPI counters per hour x carrier x lane x service level x hub, maintained by the ingest writer in the
/// same transaction as the events. Parcel milestones (pick-up, first attempt, delivery, first exception)
/// count in the hour they happened; delivery milestones count at the hub of the first delivery attempt;
/// <see cref="HubId"/> is 0 where no hub applies.
/// </summary>
public sealed class HourlyRollup
{
    /// <summary>Whole hours since the Unix epoch (UTC).</summary>
    public long BucketHour { get; set; }
    public int CarrierId { get; set; }
    public int LaneId { get; set; }
    public int ServiceLevelId { get; set; }
    public int HubId { get; set; }

    /// <summary>Whether the counts are the simulator's parcels' (<c>SIM-</c> numbers), kept apart so figures can leave them out.</summary>
    public bool Simulated { get; set; }

    public long Events { get; set; }

    /// <summary>Departure scans at <see cref="HubId"/>: hub throughput, and dwell time by Little's law.</summary>
    public long HubDepartures { get; set; }
    public long Created { get; set; }
    public long PickedUp { get; set; }
    public long FirstAttempts { get; set; }
    public long OnTimeFirstAttempts { get; set; }
    public long FirstAttemptDelivered { get; set; }
    public long Delivered { get; set; }
    public long ExceptionParcels { get; set; }
    public long Complaints { get; set; }

    // Delivered after the promise, per party the lateness is counted against (Domain.LateParties).
    public long LateDeliveredShipper { get; set; }
    public long LateDeliveredCourier { get; set; }
    public long LateDeliveredPartner { get; set; }
    public long LateDeliveredCustoms { get; set; }
    public long LateDeliveredRecipient { get; set; }
    public long LateDeliveredWeather { get; set; }

    /// <summary>Late first attempts whose lateness is the carrier's own: the numerator of the "own fault only" on-time rate's complement.</summary>
    public long OwnFaultLateFirstAttempts { get; set; }
}
