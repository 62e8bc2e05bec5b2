namespace CainiaoDashboard.Rollups;

/// <summary>
/// Parcel flows per CST creation day x lane x origin hub x hand-over carrier: the cohort of parcels created that
/// day, where they were picked up (<see cref="HubId"/>, 0 before the pick-up scan) and which partner took them
/// over abroad (<see cref="HandoverCarrierId"/>, 0 for domestic parcels and before the hand-over).
/// Every counter belongs to the creation day, so one day's links always add up to the parcels created that day.
/// </summary>
public sealed class DailyFlow
{
    public int Day { get; set; }
    public int LaneId { get; set; }
    public int HubId { get; set; }
    public int HandoverCarrierId { get; set; }

    /// <summary>Whether the counts are the simulator's parcels' (<c>SIM-</c> numbers), kept apart so figures can leave them out.</summary>
    public bool Simulated { get; set; }

    public long Parcels { get; set; }
    public long FirstAttempts { get; set; }
    public long OnTimeFirstAttempts { get; set; }
    public long Delivered { get; set; }
}
