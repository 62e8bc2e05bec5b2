namespace CainiaoDashboard.Rollups;

/// <summary>
/// Delivered parcels per transit-time bucket (see <see cref="TransitBuckets"/>), per day x carrier x lane x
/// service level, so P50/P90/P95 come from counts instead of raw events.
/// </summary>
public sealed class TransitHistogram
{
    public long BucketDay { get; set; }
    public int CarrierId { get; set; }
    public int LaneId { get; set; }
    public int ServiceLevelId { get; set; }
    public int TransitBucket { get; set; }

    /// <summary>Whether the counts are the simulator's parcels' (<c>SIM-</c> numbers), kept apart so figures can leave them out.</summary>
    public bool Simulated { get; set; }
    public long Parcels { get; set; }
}
