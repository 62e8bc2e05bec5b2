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
        var created = timeline.CreatedTicks;
        timeline.Add(created + SimTime.Minutes(rng.Between(1, 15)), StepKind.Create);

        var doorZone = WorkingHours.ZoneOfDoor(shipment);
        var pickup = TransitTimes.PickUp(created, shipment.ServiceLevelId, rng);
        timeline.Add(pickup, StepKind.PickedUp, shipment.OriginHubId);

        var attempt = TransitTimes.FirstAttempt(created, pickup, shipment.ServiceLevelId,
            partner.Pace * courier.FirstMileFactor, scenario.SinglesDaySurge, doorZone, rng);
        var opening = WorkingHours.OpeningOfDay(attempt, doorZone, DoorHours.ForService(shipment.ServiceLevelId));
        var door = LastMile.Draw(rng, shipment.ServiceLevelId, byPartner: true, attempt - pickup, attempt - opening);
        var span = door.Before(attempt) - pickup;

        var origin = shipment.OriginHubId;
        var gateway = shipment.DestinationHubId;
        timeline.Add(SimTime.Within(pickup, span, rng.Between(0.02, 0.04)), StepKind.ArrivedHub, origin);
        timeline.Add(SimTime.Within(pickup, span, rng.Between(0.06, 0.10)), StepKind.ExportCustoms, origin);
        timeline.Add(SimTime.Within(pickup, span, rng.Between(0.12, 0.18)), StepKind.DepartedHub, origin);
        timeline.Add(SimTime.Within(pickup, span, rng.Between(0.45, 0.58)), StepKind.ArrivedCountry, gateway);
        timeline.Add(SimTime.Within(pickup, span, rng.Between(0.62, 0.70)), StepKind.CustomsReleased, gateway);
        timeline.Add(SimTime.Within(pickup, span, rng.Between(0.72, 0.78)), StepKind.Handover, gateway);
        timeline.Add(SimTime.Within(pickup, span, rng.Between(0.80, 0.90)), StepKind.ArrivedHub, gateway, byPartner: true);

        // The partner's door-step scans name no hub: delivery offices are not in the network model.
        LastMile.Append(timeline, door, attempt, partner, hubId: 0, byPartner: true, rng);
    }
}
