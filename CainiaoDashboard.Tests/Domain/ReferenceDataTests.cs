using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Domain;

public class ReferenceDataTests
{
    [Fact]
    public void The_network_has_the_alliance_couriers_and_the_cross_border_partners()
    {
        var domestic = ReferenceData.Carriers.Where(c => c.Scope == CarrierScope.Domestic).Select(c => c.Code);
        var partners = ReferenceData.Carriers.Where(c => c.Scope == CarrierScope.CrossBorderPartner).Select(c => c.Code);

        Assert.Equal(["ZTO", "STO", "YTO"], domestic);
        Assert.Equal(["USPS", "SINGPOST", "CORREOS"], partners);
    }

    [Fact]
    public void Every_hub_and_lane_points_at_a_known_region_and_lanes_are_unique()
    {
        var regionIds = ReferenceData.Regions.Select(r => r.Id).ToHashSet();

        Assert.All(ReferenceData.Hubs, h => Assert.Contains(h.RegionId, regionIds));
        Assert.All(ReferenceData.Lanes, l => Assert.Contains(l.OriginRegionId, regionIds));
        Assert.Equal(ReferenceData.Lanes.Length, ReferenceData.Lanes.Select(l => (l.OriginRegionId, l.DestinationRegionId)).Distinct().Count());
        Assert.All(ReferenceData.Lanes.Where(l => l.IsCrossBorder),
            l => Assert.NotEqual("CN", ReferenceData.Regions.Single(r => r.Id == l.DestinationRegionId).CountryCode));
    }

    [Fact]
    public void Every_hub_time_zone_is_known_to_the_machine()
    {
        Assert.All(ReferenceData.Hubs, h => Assert.NotNull(TimeZoneInfo.FindSystemTimeZoneById(h.TimeZoneId)));
    }

    [Fact]
    public async Task A_migrated_database_holds_the_reference_data()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = await MigratedDatabase.CreateAsync("reference.db");

        await using var db = database.NewContext();

        Assert.Equal(ReferenceData.Carriers.Length, await db.Carriers.CountAsync(ct));
        Assert.Equal(ReferenceData.Hubs.Length, await db.Hubs.CountAsync(ct));
        Assert.Equal(ReferenceData.Lanes.Length, await db.Lanes.CountAsync(ct));
        Assert.Equal(ReferenceData.ServiceLevels.Length, await db.ServiceLevels.CountAsync(ct));
        Assert.Equal(ReferenceData.Channels.Length, await db.Channels.CountAsync(ct));
    }

    [Fact]
    public void Only_cross_border_lanes_have_hand_over_partners_and_those_are_partner_carriers_serving_the_destination()
    {
        string Partners(string origin, string destination)
        {
            var lane = ReferenceData.Lanes.Single(l => l.OriginRegionId == RegionId(origin) && l.DestinationRegionId == RegionId(destination));
            return string.Join(",", ReferenceData.HandoverPartners(lane.Id).Select(id => ReferenceData.Carriers.Single(c => c.Id == id).Code));
        }

        Assert.All(ReferenceData.Lanes.Where(l => !l.IsCrossBorder), lane => Assert.Empty(ReferenceData.HandoverPartners(lane.Id)));
        Assert.All(ReferenceData.Lanes.Where(l => l.IsCrossBorder), lane =>
            Assert.All(ReferenceData.HandoverPartners(lane.Id), id => Assert.True(ReferenceData.IsCrossBorderPartner(id))));
        Assert.Equal("USPS", Partners("CN-EAST", "US"));
        Assert.Equal("SINGPOST", Partners("CN-SOUTH", "SEA"));
        Assert.Equal("CORREOS,SINGPOST", Partners("CN-EAST", "EU"));
        Assert.Equal("CORREOS,SINGPOST", Partners("CN-SOUTH", "LATAM"));
        Assert.Empty(ReferenceData.HandoverPartners(laneId: 0));
    }

    private static int RegionId(string code) => ReferenceData.Regions.Single(r => r.Code == code).Id;
}
