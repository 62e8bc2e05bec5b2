using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Domain;

/// <summary>The reviewed table of leg plans: every service planned, shares adding up to 1, a bad line stopping start-up.</summary>
public sealed class LegPlansTests
{
    [Fact]
    public void Every_service_has_a_plan_for_every_carrier_and_a_plan_allocates_the_whole_promise()
    {
        foreach (var service in ReferenceData.ServiceLevels)
        {
            foreach (var carrier in ReferenceData.Carriers)
            {
                Assert.Equal(1, LegPlans.SharesFor(carrier.Id, service.Id).Values.Sum(), 9);
            }
        }

        var ordered = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(TimeSpan.FromHours(18), LegPlans.Planned(Zto, NextDay, Leg.Linehaul, ordered, ordered.AddHours(36)));
        Assert.Equal(TimeSpan.Zero, LegPlans.Planned(Zto, NextDay, Leg.ImportCustoms, ordered, ordered.AddHours(36)));
    }

    [Theory]
    [InlineData("*,NEXT_DAY,Teleport,1", "unknown leg")]
    [InlineData("FEDEX,NEXT_DAY,Linehaul,1", "unknown carrier")]
    [InlineData("*,OVERNIGHT,Linehaul,1", "unknown service")]
    [InlineData("*,NEXT_DAY,Linehaul,1.5", "a share is between 0 and 1")]
    [InlineData("*,NEXT_DAY,Linehaul,NaN", "a share is between 0 and 1")]
    [InlineData("*,NEXT_DAY,Linehaul,0.5", "add up to 0.5, not 1")]
    [InlineData("*,NEXT_DAY,Linehaul", "a line needs four fields")]
    public void A_bad_line_stops_start_up_with_the_reason(string line, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => LegPlans.Parse($"carrier,service,leg,share\n{line}\n"));

        Assert.Contains(reason, error.Message);
    }
}
