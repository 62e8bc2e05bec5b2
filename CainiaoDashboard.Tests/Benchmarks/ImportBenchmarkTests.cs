namespace CainiaoDashboard.Tests.Benchmarks;

/// <summary><c>bench import</c> as a user runs it: its own process, the figures on the last line.</summary>
public sealed class ImportBenchmarkTests
{
    [Fact]
    public async Task Imports_the_simulated_history_of_n_parcels_with_nothing_rejected_and_prints_the_figures_last()
    {
        var run = await BenchCommand.RunAsync(["import", "--parcels", "3000"], TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.Error);
        var root = BenchCommand.Figures(run.Output);
        Assert.Equal("import", root.GetProperty("bench").GetString());
        Assert.True(root.GetProperty("parcels").GetInt32() >= 3000);
        Assert.True(root.GetProperty("events").GetInt32() > 3 * 3000);
        Assert.True(root.GetProperty("events_per_s").GetDouble() > 0);
        Assert.True(root.GetProperty("ingest_events_per_s").GetDouble() > 0);
        Assert.True(root.GetProperty("ratio_to_ingest").GetDouble() > 0);
        Assert.Contains("events.csv: 100 %", run.Output);
        Assert.Contains(", 0 rejected", run.Output);
    }

    [Theory]
    [InlineData("--parcels", "0")]
    [InlineData("--parcels", "many")]
    [InlineData("--events", "10")]
    public Task Refuses_a_bad_argument_with_its_usage(string option, string value) =>
        BenchCommand.AssertRefusedAsync(["import", option, value], "Usage: bench import [--parcels N]");
}
