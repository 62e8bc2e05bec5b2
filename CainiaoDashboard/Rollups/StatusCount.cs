using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Rollups;

/// <summary>
/// How many parcels are currently in each status and sub-status, per carrier x lane x service level x the
/// parcel's last hub (0 before the first hub scan): in-flight counts and hub backlogs without scanning parcels.
/// </summary>
public sealed class StatusCount
{
    public int CarrierId { get; set; }
    public int LaneId { get; set; }
    public int ServiceLevelId { get; set; }
    public int HubId { get; set; }
    public ParcelStatus Status { get; set; }
    public ParcelSubStatus SubStatus { get; set; }

    /// <summary>Whether the counts are the simulator's parcels' (<c>SIM-</c> numbers), kept apart so figures can leave them out.</summary>
    public bool Simulated { get; set; }
    public long Parcels { get; set; }
}
