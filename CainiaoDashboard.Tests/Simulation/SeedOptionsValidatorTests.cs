using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Simulation;

public class SeedOptionsValidatorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    [InlineData(366)]
    public void No_history_up_to_a_year_of_it_is_accepted(int days) =>
        Assert.True(new SeedOptionsValidator().Validate(null, new SeedOptions { HistoryDays = days }).Succeeded);

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    public void Negative_or_more_than_a_year_of_history_is_refused(int days) =>
        Assert.Equal(
            [$"Seed:HistoryDays is {days}; it must be between 0 and 366."],
            new SeedOptionsValidator().Validate(null, new SeedOptions { HistoryDays = days }).Failures);
}
