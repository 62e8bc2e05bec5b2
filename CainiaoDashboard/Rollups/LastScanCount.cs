namespace CainiaoDashboard.Rollups;

/// <summary>
/// How many in-flight parcels had their last scan in each hour, per service level, carrier and lane: the stalled counts
/// (in-flight parcels without a scan since a service's cutoff hour) read from a few cells. An index of in-flight
/// parcels by last scan served them before, and every scan moved its parcel's entry to another page of it; here the
/// writer nets a batch's moves per cell, and a cell that falls to zero is deleted, so the table holds hours that still
/// have parcels waiting.
/// </summary>
public sealed class LastScanCount
{
    public int ServiceLevelId { get; set; }

    /// <summary>Hours since the Unix epoch (UTC) of the parcels' last scan.</summary>
    public long BucketHour { get; set; }
    public int CarrierId { get; set; }
    public int LaneId { get; set; }

    /// <summary>Whether the counts are the simulator's parcels' (<c>SIM-</c> numbers), kept apart so figures can leave them out.</summary>
    public bool Simulated { get; set; }
    public long Parcels { get; set; }
}
