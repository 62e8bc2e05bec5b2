namespace CainiaoDashboard.Simulation;

/// <summary>
/// Order info, pick-up at the origin sorting centre, through the origin and destination sorting centres
/// (one centre when both ends share it), then the last mile, all by one domestic carrier.
/// </summary>
internal static class DomesticRoute
{
    public static void Build(Timeline timeline, in Shipment shipment, ScenarioSettings scenario, StableRandom rng)
    {
        var courier = CarrierProfiles.Of(shipment.CarrierId);
        var created = timeline.CreatedTicks;
        timeline.Add(created + SimTime.Minutes(rng.Between(1, 15)), StepKind.Create);

        var doorZone = WorkingHours.ZoneOfDoor(shipment);
        var pickup = TransitTimes.PickUp(created, shipment.ServiceLevelId, rng);
        timeline.Add(pickup, StepKind.PickedUp, shipment.OriginHubId);

        var attempt = TransitTimes.FirstAttempt(created, pickup, shipment.ServiceLevelId, courier.Pace,
            scenario.SinglesDaySurge, doorZone, rng);
        var opening = WorkingHours.OpeningOfDay(attempt, doorZone, DoorHours.ForService(shipment.ServiceLevelId));
        var door = LastMile.Draw(rng, shipment.ServiceLevelId, byPartner: false, attempt - pickup, attempt - opening);
        var span = door.Before(attempt) - pickup;

        var origin = shipment.OriginHubId;
        var destination = shipment.DestinationHubId;
        if (origin == destination)
        {
            timeline.Add(SimTime.Within(pickup, span, rng.Between(0.10, 0.30)), StepKind.ArrivedHub, origin);
            timeline.Add(SimTime.Within(pickup, span, rng.Between(0.45, 0.75)), StepKind.DepartedHub, origin);
        }
        else
        {
            timeline.Add(SimTime.Within(pickup, span, rng.Between(0.04, 0.12)), StepKind.ArrivedHub, origin);
            timeline.Add(SimTime.Within(pickup, span, rng.Between(0.16, 0.30)), StepKind.DepartedHub, origin);
            timeline.Add(SimTime.Within(pickup, span, rng.Between(0.62, 0.78)), StepKind.ArrivedHub, destination);
            timeline.Add(SimTime.Within(pickup, span, rng.Between(0.84, 0.94)), StepKind.DepartedHub, destination);
        }

        LastMile.Append(timeline, door, attempt, courier, destination, byPartner: false, rng);
    }
}
