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
        var start = FirstMile.Begin(timeline, shipment, scenario, courier.Pace, byPartner: false, rng);

        var origin = shipment.OriginHubId;
        var destination = shipment.DestinationHubId;
        if (origin == destination)
        {
            start.Scan(timeline, rng, 0.10, 0.30, StepKind.ArrivedHub, origin);
            start.Scan(timeline, rng, 0.45, 0.75, StepKind.DepartedHub, origin);
        }
        else
        {
            start.Scan(timeline, rng, 0.04, 0.12, StepKind.ArrivedHub, origin);
            start.Scan(timeline, rng, 0.16, 0.30, StepKind.DepartedHub, origin);
            start.Scan(timeline, rng, 0.62, 0.78, StepKind.ArrivedHub, destination);
            start.Scan(timeline, rng, 0.84, 0.94, StepKind.DepartedHub, destination);
        }

        LastMile.Append(timeline, start.Door, start.FirstAttempt, courier, destination, byPartner: false, rng);
    }
}
