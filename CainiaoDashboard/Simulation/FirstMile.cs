namespace CainiaoDashboard.Simulation;

/// <summary>
/// How every route begins: the order info and pick-up scans, then the first attempt at the door, planned before
/// the hub scans in between are spread over <see cref="Span"/>.
/// </summary>
internal readonly record struct FirstMile(long Pickup, long FirstAttempt, Doorstep Door)
{
    /// <summary>Pick-up to out for delivery: the time the route's hub scans share.</summary>
    public long Span => Door.Before(FirstAttempt) - Pickup;

    /// <param name="pace">The delivering carrier's pace, stretched by the first mile where another carrier runs it.</param>
    /// <param name="byPartner">Whether a partner carrier makes the delivery.</param>
    public static FirstMile Begin(
        Timeline timeline, in Shipment shipment, ScenarioSettings scenario, double pace, bool byPartner, StableRandom rng)
    {
        var created = timeline.CreatedTicks;
        timeline.Add(created + SimTime.Minutes(rng.Between(1, 15)), StepKind.Create);

        var doorZone = WorkingHours.ZoneOfDoor(shipment);
        var pickup = TransitTimes.PickUp(created, shipment.ServiceLevelId, rng);
        timeline.Add(pickup, StepKind.PickedUp, shipment.OriginHubId);

        var attempt = TransitTimes.FirstAttempt(created, pickup, shipment.ServiceLevelId, pace, scenario.SinglesDaySurge, doorZone, rng);
        var opening = WorkingHours.OpeningOfDay(attempt, doorZone, DoorHours.ForService(shipment.ServiceLevelId));
        var door = LastMile.Draw(rng, shipment.ServiceLevelId, byPartner, attempt - pickup, attempt - opening);
        return new FirstMile(pickup, attempt, door);
    }

    /// <summary>A hub scan at a share of the span drawn between <paramref name="earliest"/> and <paramref name="latest"/>.</summary>
    public void Scan(Timeline timeline, StableRandom rng, double earliest, double latest, StepKind kind, int hubId, bool byPartner = false) =>
        timeline.Add(SimTime.Within(Pickup, Span, rng.Between(earliest, latest)), kind, hubId, byPartner);
}
