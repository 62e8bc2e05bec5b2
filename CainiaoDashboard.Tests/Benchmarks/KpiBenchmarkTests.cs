
namespace CainiaoDashboard.Tests.Benchmarks;

/// <summary><c>bench kpi</c> as a user runs it: its own process, the figures on the last line.</summary>
public sealed class KpiBenchmarkTests
{
    [Fact]
    public async Task Without_raw_runs_it_prints_the_fill_the_snapshot_times_and_the_database_size()
    {
        var run = await BenchCommand.RunAsync(["kpi", "--events", "20000", "--raw-runs", "0"], TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.Error);
        var root = BenchCommand.Figures(run.Output);
        Assert.Equal(("kpi", 20_000), (root.GetProperty("bench").GetString(), root.GetProperty("events").GetInt32()));
        Assert.True(root.GetProperty("fill_s").GetDouble() > 0);
        Assert.True(root.GetProperty("p95_ms").GetDouble() > 0);
        Assert.True(root.GetProperty("cold_p95_ms").GetDouble() > 0);
        Assert.InRange(root.GetProperty("db_mb").GetDouble(), 1, 1_000);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("naive_p95_ms").ValueKind);
        Assert.Contains("not computed (--raw-runs 0)", run.Output);
    }

    [Theory]
    [InlineData("--events", "0")]
    [InlineData("--raw-runs", "-1")]
    [InlineData("--raw-runs", "11")]
    [InlineData("--samples", "3")]
    public Task Refuses_a_bad_argument_with_its_usage(string option, string value) =>
        BenchCommand.AssertRefusedAsync(["kpi", option, value], "Usage: bench kpi [--events N] [--raw-runs R]");
}
