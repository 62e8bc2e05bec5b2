using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Simulation;

public class ShipmentMixTests
{
    private static readonly IReadOnlyList<ParcelLife> Domestic = SimulatedLives.Default.Where(l => !l.IsCrossBorder).ToList();

    private static double Share(Func<ParcelLife, bool> predicate) => Domestic.Count(predicate) / (double)Domestic.Count;

    [Fact]
    public void Domestic_service_mix_is_about_a_tenth_same_day_a_third_next_day_and_the_rest_standard()
    {
        Assert.InRange(Share(l => l.Registration.ServiceLevelId == SameDay), 0.07, 0.13);
        Assert.InRange(Share(l => l.Registration.ServiceLevelId == NextDay), 0.31, 0.39);
        Assert.InRange(Share(l => l.Registration.ServiceLevelId == Standard), 0.50, 0.60);
    }

    [Fact]
    public void Same_day_is_sold_only_within_a_region_and_before_the_afternoon_cut_off()
    {
        var sameDay = Domestic.Where(l => l.Registration.ServiceLevelId == SameDay).ToList();

        Assert.All(sameDay, l =>
        {
            var lane = ReferenceData.Lanes.Single(x => x.Id == l.Registration.LaneId);
            Assert.Equal(lane.OriginRegionId, lane.DestinationRegionId);
            Assert.InRange(l.Registration.CreatedUtc.AddHours(8).Hour, 6, 14);
        });
    }

    [Fact]
    public void Carriers_have_different_market_shares_with_Zto_largest()
    {
        var zto = Share(l => l.Registration.CarrierId == Zto);
        var sto = Share(l => l.Registration.CarrierId == Sto);
        var yto = Share(l => l.Registration.CarrierId == Yto);

        Assert.True(zto > yto && yto > sto, $"ZTO {zto:P0}, YTO {yto:P0}, STO {sto:P0}");
        Assert.True(sto > 0.15);
    }

    [Fact]
    public void Domestic_orders_come_from_Tmall_and_Taobao_with_some_Tmall_Global()
    {
        Assert.True(Share(l => l.Registration.ChannelId is 1 or 2) > 0.9);
        Assert.InRange(Share(l => l.Registration.ChannelId == TmallGlobal), 0.01, 0.1);
        Assert.Equal(0, Share(l => l.Registration.ChannelId == AliExpress));
    }
}
