using System.Globalization;

namespace CainiaoDashboard.Tests.Benchmarks;

/// <summary><c>bench circuits</c> as a user runs it: the test project's own process, the figures on the last line.</summary>
public sealed class CircuitsBenchmarkTests
{
    [Fact]
    public async Task Opens_the_pages_and_prints_their_cost_and_commit_to_dom_latency_as_the_last_line()
    {
        var run = await BenchCommand.RunAsync(["circuits", "--pages", "2", "--seconds", "4"],
            TestContext.Current.CancellationToken, BenchCommand.BrowserBenchmarks);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var root = BenchCommand.Figures(run.Output);
        Assert.Equal(("circuits", 2), (root.GetProperty("bench").GetString(), root.GetProperty("pages").GetInt32()));
        // Two circuits' share of a heap that also holds the simulator's traffic: noisy, but positive and within megabytes.
        Assert.InRange(root.GetProperty("kb_per_circuit").GetDouble(), 0.1, 1024 * 10);
        Assert.InRange(root.GetProperty("cpu_ms_per_s").GetDouble(), 0.1, 2000);
        // Every page showed every marker: a marker never shown counts as the whole wait, over five seconds.
        Assert.InRange(root.GetProperty("p95_ms").GetDouble(), 0, 5000);
        Assert.Contains("0 never shown", run.Output);
        // What the pages cost the browser, beside the server: the sampled pages' renderers spent CPU on the live updates.
        var browser = System.Text.RegularExpressions.Regex.Match(run.Output, @"Browser over the window: renderer CPU (\d+\.\d) ms/s per page");
        Assert.True(browser.Success, run.Output);
        Assert.InRange(double.Parse(browser.Groups[1].Value, CultureInfo.InvariantCulture), 0.1, 2000);
    }

    [Theory]
    [InlineData("--pages", "0")]
    [InlineData("--pages", "many")]
    [InlineData("--pages", "501")]
    [InlineData("--seconds", "0")]
    [InlineData("--tabs", "2")]
    public Task Refuses_a_bad_argument_with_its_usage(string option, string value) =>
        BenchCommand.AssertRefusedAsync(["circuits", option, value], "Usage: bench circuits [--pages N] [--seconds S]", BenchCommand.BrowserBenchmarks);
}
