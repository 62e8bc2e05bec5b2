namespace CainiaoDashboard.Simulation;

/// <summary>What was ordered and who carries it; drawn first, before any timing.</summary>
/// <param name="PartnerCarrierId">The cross-border partner taking over at the gateway; 0 for domestic parcels.</param>
/// <param name="DestinationHubId">The destination sorting centre, or the gateway for cross-border parcels.</param>
internal readonly record struct Shipment(
    int LaneId,
    int ServiceLevelId,
    int ChannelId,
    int CarrierId,
    int PartnerCarrierId,
    int OriginRegionId,
    int DestinationRegionId,
    int OriginHubId,
    int DestinationHubId)
{
    public bool IsCrossBorder => PartnerCarrierId != 0;
}
