using CainiaoDashboard.Domain;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Simulation;

/// <summary>Scenario switches and their effect on the parcels created while they are on.</summary>
public class DisruptionsTests
{
    private static bool PassesHub(ParcelLife life, int hubId) =>
        life.Events.Any(e => e.HubId == hubId && e.RawCode is "ARRIVAL" or "ARRIVED_COUNTRY");

    private static bool HeldByWeatherAt(ParcelLife life, int hubId) =>
        life.Events.Any(e => e.SubStatus == ParcelSubStatus.Weather && e.HubId == hubId);

    [Fact]
    public void Weather_at_a_hub_holds_every_parcel_routed_through_it_for_half_a_day_or_more()
    {
        var lives = SimulatedLives.Of(5000, 1, new ScenarioSettings(DisruptedHubId: Hangzhou));
        var through = lives.Where(l => PassesHub(l, Hangzhou)).ToList();

        Assert.True(through.Count > 500);
        Assert.All(through, life =>
        {
            var events = life.Events.ToList();
            var weather = events.FindIndex(e => e.SubStatus == ParcelSubStatus.Weather && e.HubId == Hangzhou);
            Assert.True(weather > 0, "no weather exception at the disrupted hub");
            Assert.Equal(Hangzhou, events[weather - 1].HubId);
            // Another exception may follow at once; the parcel moves on half a day later at the earliest.
            var movesOn = events.Skip(weather + 1).First(e => e.Status != ParcelStatus.Exception);
            Assert.True(movesOn.EventUtc - events[weather].EventUtc >= TimeSpan.FromHours(10));
        });
        Assert.DoesNotContain(lives.Where(l => !PassesHub(l, Hangzhou)), l => HeldByWeatherAt(l, Hangzhou));

        var undisturbed = SimulatedLives.Default.Where(l => PassesHub(l, Hangzhou)).ToList();
        Assert.True(undisturbed.Count(l => HeldByWeatherAt(l, Hangzhou)) < undisturbed.Count / 100);
        Assert.True(through.Average(l => l.OnTime ? 1.0 : 0) < undisturbed.Average(l => l.OnTime ? 1.0 : 0) - 0.2);
    }

    [Fact]
    public void A_customs_hold_wave_holds_cross_border_parcels_at_that_gateway_for_two_to_five_days()
    {
        var lives = SimulatedLives.Of(5000, 1, new ScenarioSettings(CustomsHoldGatewayId: LosAngeles));
        var crossBorder = lives.Where(l => l.IsCrossBorder).ToList();
        var atGateway = crossBorder.Where(l => l.Handover!.HubId == LosAngeles).ToList();

        Assert.True(atGateway.Count > 100);
        Assert.All(atGateway, life =>
        {
            var hold = life.Events.Single(e => e.SubStatus == ParcelSubStatus.ImportCustomsHeld);
            var release = life.Events.Single(e => e.SubStatus == ParcelSubStatus.CustomsReleased);
            Assert.Equal(LosAngeles, hold.HubId);
            Assert.True(release.EventUtc - hold.EventUtc >= TimeSpan.FromDays(2) - TimeSpan.FromHours(2));
        });

        // Against the same gateway without the wave: arrival to hand-over takes two to five days longer.
        static double MedianDaysAtGateway(IEnumerable<ParcelLife> lives)
        {
            var days = lives.Select(l => (l.Handover!.EventUtc - l.Events.Single(e => e.RawCode == "ARRIVED_COUNTRY").EventUtc).TotalDays).Order().ToList();
            return days[days.Count / 2];
        }

        var usual = SimulatedLives.Default.Where(l => l.IsCrossBorder && l.Handover!.HubId == LosAngeles).ToList();
        Assert.InRange(MedianDaysAtGateway(atGateway) - MedianDaysAtGateway(usual), 2.5, 4.5);

        var elsewhere = crossBorder.Where(l => l.Handover!.HubId != LosAngeles).ToList();
        Assert.True(elsewhere.Count(l => l.Events.Any(e => e.SubStatus == ParcelSubStatus.ImportCustomsHeld)) < elsewhere.Count * 0.15);
    }

    [Fact]
    public void A_singles_day_surge_triples_volume_and_slows_transit()
    {
        var surge = SimulatedLives.Of(5000, 1, new ScenarioSettings(SinglesDaySurge: true));
        var normal = SimulatedLives.Default.Where(l => l.Registration.CreatedUtc < SimulatedLives.Start.AddDays(1)).ToList();

        Assert.InRange(surge.Count / (double)normal.Count, 2.7, 3.3);

        static double MedianShareOfPromise(IEnumerable<ParcelLife> lives)
        {
            var shares = lives.Where(l => !l.IsCrossBorder)
                .Select(l => (l.FirstAttempt.EventUtc - l.Registration.CreatedUtc) / (l.Registration.PromisedUtc - l.Registration.CreatedUtc))
                .Order().ToList();
            return shares[shares.Count / 2];
        }

        Assert.True(MedianShareOfPromise(surge) > MedianShareOfPromise(normal) * 1.08);
    }

    [Fact]
    public void A_scenario_switched_on_at_runtime_affects_parcels_created_after_the_switch()
    {
        var scenarios = new SimulatorScenarios();
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = 20_000 }, scenarios);
        var start = SimulatedLives.Start;
        engine.StartAt(start);
        var before = engine.AdvanceTo(start.AddHours(6));
        scenarios.Set(new ScenarioSettings(DisruptedHubId: Hangzhou));
        var after = engine.AdvanceTo(start.AddHours(12));
        scenarios.Set(new ScenarioSettings(RateMultiplier: 0));
        var rest = engine.AdvanceTo(start.AddDays(10));

        var lives = SimulatedLives.Group([before, after, rest]).Where(l => !l.IsCrossBorder && PassesHub(l, Hangzhou)).ToList();
        // The slot starting at the switch was planned (scenario read) by the call that ended there.
        var switchedAt = start.AddHours(6).AddMinutes(1);
        var bornBefore = lives.Where(l => l.Registration.CreatedUtc <= switchedAt).ToList();
        Assert.True(bornBefore.Count > 500);
        Assert.True(bornBefore.Count(l => HeldByWeatherAt(l, Hangzhou)) < bornBefore.Count / 100);
        Assert.All(lives.Where(l => l.Registration.CreatedUtc > switchedAt), l => Assert.True(HeldByWeatherAt(l, Hangzhou)));
    }
}
