using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// Draws one parcel's whole life from its own generator, seeded by (seed, slot, index), so the parcel is
/// the same whenever and however often it is regenerated. Not thread-safe: it reuses one scratch timeline.
/// </summary>
internal sealed class ParcelPlanner(int seed)
{
    private readonly Timeline timeline = new();

    /// <summary>Cheap: only the first draw, so that parcels before a start time can be skipped unplanned.</summary>
    public long CreatedTicks(long slot, int index) =>
        Created(slot, new StableRandom(StableHash.ForParcel(seed, slot, index)));

    public ParcelPlan Plan(long slot, int index, ScenarioSettings scenario)
    {
        var rng = new StableRandom(StableHash.ForParcel(seed, slot, index));
        var created = Created(slot, rng);
        var shipment = ShipmentMix.Draw(rng, ChinaHour(created));
        var recipient = Recipients.Draw(rng, shipment.DestinationRegionId);
        var promised = created + LogisticsNetwork.PromiseHours(shipment.ServiceLevelId) * TimeSpan.TicksPerHour;

        timeline.Reset(created, rng);
        if (shipment.IsCrossBorder)
        {
            CrossBorderRoute.Build(timeline, shipment, scenario, rng);
        }
        else
        {
            DomesticRoute.Build(timeline, shipment, scenario, rng);
        }

        Disruptions.Apply(timeline, shipment, scenario, rng);
        WorkingHours.AlignLastMile(timeline, shipment, rng);
        timeline.EnforceSpacing();
        var complaint = ComplaintPlanner.Plan(timeline, shipment, promised, rng);
        timeline.FitWithin(TrafficEngine.MaxParcelLifetime.Ticks);

        var serial = TrackingNumbers.Serial(slot, index);
        var registration = new ParcelRegistration(
            TrackingNumbers.For(shipment.CarrierId, serial), shipment.CarrierId, shipment.LaneId, shipment.ServiceLevelId,
            shipment.ChannelId, new DateTime(created, DateTimeKind.Utc), new DateTime(promised, DateTimeKind.Utc),
            recipient.Name, recipient.Phone, recipient.Address);
        return new ParcelPlan(serial, registration, shipment.PartnerCarrierId, timeline.ToArray(), complaint);
    }

    private static int ChinaHour(long utcTicks) => (int)((utcTicks / TimeSpan.TicksPerHour + 8) % 24);

    private static long Created(long slot, StableRandom rng) => SimTime.SlotStartTicks(slot) + SimTime.Seconds(rng.Next(60));
}
