namespace CainiaoDashboard.Simulation;

/// <summary>
/// First mile and export by the domestic carrier, air freight to the destination gateway, import clearance,
/// hand-over to the partner carrier (new tracking number), then the partner's last mile.
/// </summary>
internal static class CrossBorderRoute
{
    public static void Build(Timeline timeline, in Shipment shipment, ScenarioSettings scenario, StableRandom rng)
    {
        var courier = CarrierProfiles.Of(shipment.CarrierId);
        var partner = CarrierProfiles.Of(shipment.PartnerCarrierId);
        var start = FirstMile.Begin(timeline, shipment, scenario, partner.Pace * courier.FirstMileFactor, byPartner: true, rng);

        var origin = shipment.OriginHubId;
        var gateway = shipment.DestinationHubId;
        start.Scan(timeline, rng, 0.02, 0.04, StepKind.ArrivedHub, origin);
        start.Scan(timeline, rng, 0.06, 0.10, StepKind.ExportCustoms, origin);
        start.Scan(timeline, rng, 0.12, 0.18, StepKind.DepartedHub, origin);
        start.Scan(timeline, rng, 0.45, 0.58, StepKind.ArrivedCountry, gateway);
        start.Scan(timeline, rng, 0.62, 0.70, StepKind.CustomsReleased, gateway);
        start.Scan(timeline, rng, 0.72, 0.78, StepKind.Handover, gateway);
        start.Scan(timeline, rng, 0.80, 0.90, StepKind.ArrivedHub, gateway, byPartner: true);

        // The partner's door-step scans name no hub: delivery offices are not in the network model.
        LastMile.Append(timeline, start.Door, start.FirstAttempt, partner, hubId: 0, byPartner: true, rng);
    }
}
