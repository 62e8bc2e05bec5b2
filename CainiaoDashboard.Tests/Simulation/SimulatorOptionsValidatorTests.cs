using CainiaoDashboard.Simulation;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Simulation;

public class SimulatorOptionsValidatorTests
{
    private static readonly SimulatorOptions Bad = new() { Enabled = true, ParcelsPerDay = -1, TickMilliseconds = 10 };

    private static ValidateOptionsResult Validate(SimulatorOptions options, int historyDays) =>
        new SimulatorOptionsValidator(Options.Create(new SeedOptions { HistoryDays = historyDays })).Validate(null, options);

    [Fact]
    public void A_running_simulator_needs_a_volume_and_a_tick_in_range()
    {
        Assert.True(Validate(new SimulatorOptions(), historyDays: 14).Succeeded);
        Assert.True(Validate(new SimulatorOptions { ParcelsPerDay = 0, TickMilliseconds = 50 }, historyDays: 0).Succeeded);

        Assert.Equal(
            ["Simulator:ParcelsPerDay is -1; it must be between 0 and 1,000,000.", "Simulator:TickMilliseconds is 10; it must be between 50 and 60,000."],
            Validate(Bad, historyDays: 0).Failures);
        Assert.Equal(
            ["Simulator:ParcelsPerDay is 1000001; it must be between 0 and 1,000,000."],
            Validate(new SimulatorOptions { ParcelsPerDay = 1_000_001 }, historyDays: 0).Failures);
    }

    [Theory]
    [InlineData(-1, 5, "Simulator:ResentPercent is -1; it must be between 0 and 50.")]
    [InlineData(3, 50.5, "Simulator:LatePercent is 50.5; it must be between 0 and 50.")]
    [InlineData(double.NaN, 5, "Simulator:ResentPercent is NaN; it must be between 0 and 50.")]
    public void The_carriers_habits_are_shares_between_none_and_half_of_the_events(double resent, double late, string failure)
    {
        Assert.True(Validate(new SimulatorOptions { ResentPercent = 0, LatePercent = 50 }, historyDays: 0).Succeeded);

        Assert.Equal([failure], Validate(new SimulatorOptions { ResentPercent = resent, LatePercent = late }, historyDays: 0).Failures);
    }

    [Fact]
    public void A_switched_off_simulator_with_nothing_to_seed_is_not_checked()
    {
        var result = Validate(new SimulatorOptions { Enabled = false, ParcelsPerDay = -1, TickMilliseconds = 10 }, historyDays: 0);

        Assert.True(result.Skipped);
    }

    [Fact]
    public void A_switched_off_simulator_that_seeds_history_needs_its_volume_but_not_its_tick()
    {
        var result = Validate(new SimulatorOptions { Enabled = false, ParcelsPerDay = -1, TickMilliseconds = 10 }, historyDays: 3);

        Assert.Equal(["Simulator:ParcelsPerDay is -1; it must be between 0 and 1,000,000 (it seeds Seed:HistoryDays = 3 days of history)."], result.Failures);
    }
}
