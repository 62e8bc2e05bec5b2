using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// Things that hold a parcel up: scenario weather and customs waves, routine customs holds, and each
/// carrier's own exceptions. Each inserts a scan and pushes the rest of the plan back.
/// </summary>
internal static class Disruptions
{
    private static readonly WeightedChoice<StepKind> CarrierExceptions =
        new((StepKind.ExcCarrier, 0.45), (StepKind.ExcOther, 0.20), (StepKind.ExcShipper, 0.15),
            (StepKind.ExcRecipient, 0.15), (StepKind.ExcWeather, 0.05));

    private static readonly WeightedChoice<StepKind> PartnerExceptions =
        new((StepKind.ExcCarrier, 0.5), (StepKind.ExcRecipient, 0.3), (StepKind.ExcOther, 0.2));

    public static void Apply(Timeline timeline, in Shipment shipment, ScenarioSettings scenario, StableRandom rng)
    {
        WeatherAtDisruptedHub(timeline, scenario, rng);
        if (shipment.IsCrossBorder)
        {
            ImportCustomsHold(timeline, shipment, scenario, rng);
        }

        CarrierException(timeline, shipment, rng);
        if (shipment.IsCrossBorder)
        {
            PartnerException(timeline, shipment, rng);
        }
    }

    private static void WeatherAtDisruptedHub(Timeline timeline, ScenarioSettings scenario, StableRandom rng)
    {
        if (scenario.DisruptedHubId is not { } hub)
        {
            return;
        }

        for (var i = 0; i < timeline.Count; i++)
        {
            var step = timeline[i];
            if (step.HubId == hub && step.Kind is StepKind.ArrivedHub or StepKind.ArrivedCountry)
            {
                timeline.InsertDelayAfter(i, StepKind.ExcWeather, hub, step.ByPartner, SimTime.Hours(rng.Between(12, 48)));
                return;
            }
        }
    }

    private static void ImportCustomsHold(Timeline timeline, in Shipment shipment, ScenarioSettings scenario, StableRandom rng)
    {
        var arrived = timeline.IndexOf(StepKind.ArrivedCountry);
        double holdHours;
        if (scenario.CustomsHoldGatewayId == shipment.DestinationHubId)
        {
            holdHours = rng.Between(48, 120);
        }
        else if (rng.Chance(shipment.DestinationRegionId == Regions.Latam ? 0.12 : 0.05))
        {
            holdHours = rng.Between(12, 60);
        }
        else
        {
            return;
        }

        timeline.InsertDelayAfter(arrived, StepKind.ImportCustomsHold, shipment.DestinationHubId, byPartner: false,
            SimTime.Hours(holdHours));
    }

    /// <summary>The first-mile (or only) carrier's exception, somewhere between pick-up and hand-off.</summary>
    private static void CarrierException(Timeline timeline, in Shipment shipment, StableRandom rng)
    {
        if (!rng.Chance(CarrierProfiles.Of(shipment.CarrierId).ExceptionRate))
        {
            return;
        }

        var pickedUp = timeline.IndexOf(StepKind.PickedUp);
        var end = shipment.IsCrossBorder ? timeline.IndexOf(StepKind.Handover) : timeline.IndexOf(StepKind.OutForDelivery);
        var kind = CarrierExceptions.Draw(rng);
        int after;
        double delayHours;
        if (shipment.IsCrossBorder && rng.Chance(0.25))
        {
            kind = StepKind.ExcCustoms;
            after = timeline.IndexOf(StepKind.ExportCustoms);
            delayHours = rng.Between(24, 72);
        }
        else
        {
            if (shipment.IsCrossBorder && kind == StepKind.ExcRecipient)
            {
                kind = StepKind.ExcOther; // the recipient is the partner's concern
            }

            after = kind switch
            {
                StepKind.ExcShipper => pickedUp,
                StepKind.ExcRecipient => end - 1,
                _ => rng.Next(pickedUp, end),
            };
            delayHours = shipment.ServiceLevelId == ServiceLevels.SameDay ? rng.Between(2, 8) : rng.Between(6, 36);
        }

        var hub = timeline[after].HubId != 0 ? timeline[after].HubId : shipment.OriginHubId;
        timeline.InsertDelayAfter(after, kind, hub, byPartner: false, SimTime.Hours(delayHours));
    }

    private static void PartnerException(Timeline timeline, in Shipment shipment, StableRandom rng)
    {
        if (!rng.Chance(CarrierProfiles.Of(shipment.PartnerCarrierId).ExceptionRate))
        {
            return;
        }

        var partnerArrival = timeline.IndexOf(StepKind.ArrivedHub, timeline.IndexOf(StepKind.Handover));
        timeline.InsertDelayAfter(partnerArrival, PartnerExceptions.Draw(rng), shipment.DestinationHubId, byPartner: true,
            SimTime.Hours(rng.Between(12, 72)));
    }
}
