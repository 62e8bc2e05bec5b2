using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>What an update needs of a stored complaint: its state before, and the rollup cell it counts in.</summary>
internal sealed record StoredComplaint(
    long ParcelId, int CarrierId, int LaneId, int ServiceLevelId, int HubId,
    ComplaintState State, bool IsValid, DateTime OpenedUtc, string TrackingNumber);
