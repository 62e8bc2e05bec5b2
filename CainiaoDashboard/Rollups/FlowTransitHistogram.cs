namespace CainiaoDashboard.Rollups;

/// <summary>
/// Delivered parcels per transit-time bucket (see <see cref="TransitBuckets"/>) for the same cells as
/// <see cref="DailyFlow"/>, so every flow link has a median transit time without reading events.
/// </summary>
public sealed class FlowTransitHistogram
{
    public int Day { get; set; }
    public int LaneId { get; set; }
    public int HubId { get; set; }
    public int HandoverCarrierId { get; set; }
    public int TransitBucket { get; set; }

    /// <summary>Whether the counts are the simulator's parcels' (<c>SIM-</c> numbers), kept apart so figures can leave them out.</summary>
    public bool Simulated { get; set; }
    public long Parcels { get; set; }
}
