
namespace CainiaoDashboard.Tests.Benchmarks;

/// <summary><c>bench seed</c> as a user runs it: its own process, the figures on the last line.</summary>
public sealed class SeedBenchmarkTests
{
    [Fact]
    public async Task Seeds_the_days_through_the_pipeline_and_prints_what_it_stored_per_second()
    {
        var run = await BenchCommand.RunAsync(["seed", "--days", "2", "--per-day", "400"], TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.Error);
        var root = BenchCommand.Figures(run.Output);
        Assert.Equal(("seed", 2), (root.GetProperty("bench").GetString(), root.GetProperty("days").GetInt32()));
        var events = root.GetProperty("events").GetInt64();
        Assert.InRange(events, 2 * 400, 2 * 400 * 20);
        // seconds is printed to two decimals, so the rate it implies can differ from the printed one by that rounding.
        Assert.InRange(root.GetProperty("events_per_s").GetDouble() * root.GetProperty("seconds").GetDouble() / events, 0.97, 1.03);
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--days", "367")]
    [InlineData("--per-day", "-5")]
    [InlineData("--weeks", "2")]
    public Task Refuses_a_bad_argument_with_its_usage(string option, string value) =>
        BenchCommand.AssertRefusedAsync(["seed", option, value], "Usage: bench seed [--days N] [--per-day P]");
}
