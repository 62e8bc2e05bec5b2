using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Simulation;

public class CrossBorderRouteTests
{
    private static readonly IReadOnlyList<ParcelLife> CrossBorder =
        SimulatedLives.Default.Where(l => l.IsCrossBorder).ToList();

    private static string RegionCode(int regionId) => ReferenceData.Regions.Single(r => r.Id == regionId).Code;

    private static string CarrierCode(int carrierId) => ReferenceData.Carriers.Single(c => c.Id == carrierId).Code;

    private static int DestinationRegion(ParcelLife life) => ReferenceData.Lanes.Single(l => l.Id == life.Registration.LaneId).DestinationRegionId;

    [Fact]
    public void About_a_fifth_of_parcels_go_abroad_from_the_east_or_south_mostly_via_AliExpress()
    {
        var share = CrossBorder.Count / (double)SimulatedLives.Default.Count;
        Assert.InRange(share, 0.17, 0.23);
        Assert.All(CrossBorder, life =>
        {
            var lane = ReferenceData.Lanes.Single(l => l.Id == life.Registration.LaneId);
            Assert.True(lane.IsCrossBorder);
            Assert.Contains(RegionCode(lane.OriginRegionId), new[] { "CN-EAST", "CN-SOUTH" });
        });
        Assert.True(CrossBorder.Count(l => l.Registration.ChannelId == AliExpress) > CrossBorder.Count * 0.8);
    }

    [Fact]
    public void Parcels_are_handed_over_at_the_gateway_to_the_partner_serving_the_destination()
    {
        var allowed = new Dictionary<string, string[]>
        {
            ["US"] = ["USPS"],
            ["SEA"] = ["SINGPOST"],
            ["EU"] = ["CORREOS", "SINGPOST"],
            ["LATAM"] = ["CORREOS", "SINGPOST"],
        };

        Assert.All(CrossBorder, life =>
        {
            var handover = life.Handover!;
            var region = DestinationRegion(life);
            Assert.Equal(life.Registration.CarrierId, handover.CarrierId);
            Assert.Contains(CarrierCode(handover.Handover!.CarrierId), allowed[RegionCode(region)]);
            // The ingest writer accepts hand-overs only to these partners.
            Assert.Contains(handover.Handover.CarrierId, ReferenceData.HandoverPartners(life.Registration.LaneId));
            Assert.Equal(region, ReferenceData.Hubs.Single(h => h.Id == handover.HubId).RegionId);
        });

        var partnersByRegion = CrossBorder.GroupBy(l => RegionCode(DestinationRegion(l)))
            .ToDictionary(g => g.Key, g => g.Select(l => CarrierCode(l.Handover!.Handover!.CarrierId)).Distinct().Count());
        Assert.Equal(2, partnersByRegion["EU"]);
        Assert.Equal(2, partnersByRegion["LATAM"]);
    }

    [Fact]
    public void After_the_hand_over_the_partner_reports_under_its_own_number_and_before_it_the_domestic_carrier()
    {
        Assert.All(CrossBorder, life =>
        {
            var handover = life.Handover!;
            var index = life.Events.ToList().IndexOf(handover);
            Assert.All(life.Events.Take(index + 1), e =>
            {
                Assert.Equal(life.Registration.CarrierId, e.CarrierId);
                Assert.Equal(life.Registration.TrackingNumber, e.TrackingNumber);
            });
            var after = life.Events.Skip(index + 1).ToList();
            Assert.Contains(after, e => e.RawCode == "SENT_SCAN");
            Assert.All(after, e =>
            {
                Assert.Equal(handover.Handover!.CarrierId, e.CarrierId);
                Assert.Equal(handover.Handover.TrackingNumber, e.TrackingNumber);
            });
        });
    }

    [Fact]
    public void Export_clearance_happens_at_the_origin_and_arrival_and_import_clearance_at_the_gateway()
    {
        Assert.All(CrossBorder, life =>
        {
            var codes = life.Events.Select(e => e.RawCode).ToList();
            var export = life.Events.Single(e => e.RawCode == "EXPORT_CUSTOMS");
            var arrived = life.Events.Single(e => e.RawCode == "ARRIVED_COUNTRY");
            Assert.Equal(life.Events[1].HubId, export.HubId);
            Assert.Equal(life.Handover!.HubId, arrived.HubId);
            Assert.True(codes.IndexOf("EXPORT_CUSTOMS") < codes.IndexOf("ARRIVED_COUNTRY"));
            Assert.True(codes.IndexOf("ARRIVED_COUNTRY") < codes.IndexOf("CUSTOMS_RELEASED"));
            Assert.True(codes.IndexOf("CUSTOMS_RELEASED") < codes.IndexOf("HANDOVER"));
            if (codes.Contains("IMPORT_CUSTOMS_HOLD"))
            {
                Assert.True(codes.IndexOf("ARRIVED_COUNTRY") < codes.IndexOf("IMPORT_CUSTOMS_HOLD"));
                Assert.True(codes.IndexOf("IMPORT_CUSTOMS_HOLD") < codes.IndexOf("CUSTOMS_RELEASED"));
            }
        });

        var held = CrossBorder.Count(l => l.Events.Any(e => e.SubStatus == ParcelSubStatus.ImportCustomsHeld));
        Assert.InRange(held / (double)CrossBorder.Count, 0.02, 0.15);
    }
}
