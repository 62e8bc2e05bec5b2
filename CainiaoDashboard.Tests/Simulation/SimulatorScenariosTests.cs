using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Simulation;

public class SimulatorScenariosTests
{
    [Fact]
    public void Starts_with_normal_traffic()
    {
        Assert.Equal(new ScenarioSettings(), new SimulatorScenarios().Current);
        Assert.Equal(1.0, new SimulatorScenarios().Current.RateMultiplier);
    }

    [Fact]
    public void Setting_a_scenario_makes_it_current_and_notifies_once_per_change()
    {
        var pacing = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        using var scenarios = new SimulatorScenarios(pacing);
        pacing.Advance(TimeSpan.Zero);
        var seen = new List<ScenarioSettings>();
        scenarios.Updates.Subscribe(seen.Add);

        var surge = new ScenarioSettings(SinglesDaySurge: true);
        scenarios.Set(surge);
        pacing.Advance(TimeSpan.Zero);
        scenarios.Set(surge with { });
        pacing.Advance(TimeSpan.Zero);

        Assert.Same(surge, scenarios.Current);
        Assert.Equal([surge], seen);
    }

    [Theory]
    [InlineData(-0.5, null, null)]
    [InlineData(double.NaN, null, null)]
    [InlineData(1.0, 99, null)]
    [InlineData(1.0, null, 1)] // Hangzhou is a sorting centre, not a gateway
    public void Refuses_settings_that_make_no_sense(double rate, int? disruptedHub, int? customsGateway)
    {
        var scenarios = new SimulatorScenarios();

        Assert.Throws<ArgumentOutOfRangeException>(() => scenarios.Set(new ScenarioSettings(false, disruptedHub, customsGateway, rate)));
        Assert.Equal(new ScenarioSettings(), scenarios.Current);
    }

    [Fact]
    public void Concurrent_writers_leave_one_of_their_settings_in_place()
    {
        var scenarios = new SimulatorScenarios();
        var settings = Enumerable.Range(1, 50).Select(i => new ScenarioSettings(RateMultiplier: i)).ToList();

        Parallel.ForEach(settings, scenarios.Set);

        Assert.Contains(scenarios.Current, settings);
    }
}
