using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Data.Rollups;

/// <summary>How many parcels are currently in each status, per carrier x lane x service level.</summary>
public sealed class StatusCount
{
    public int CarrierId { get; set; }
    public int LaneId { get; set; }
    public int ServiceLevelId { get; set; }
    public ParcelStatus Status { get; set; }
    public long Parcels { get; set; }
}
