using CainiaoDashboard.Benchmarks;

namespace CainiaoDashboard.Tests.Benchmarks;

/// <summary><c>bench ingest</c> as a user runs it: its own process, the figures on the last line.</summary>
public sealed class IngestBenchmarkTests
{
    [Theory]
    [InlineData(new string[0], "simulated")]
    [InlineData(new[] { "--traffic", "synthetic" }, "synthetic")]
    public async Task Prints_the_figures_of_its_traffic_as_the_last_line(string[] traffic, string expected)
    {
        var run = await BenchCommand.RunAsync(["ingest", .. traffic, "--events", "4000"], TestContext.Current.CancellationToken);

        Assert.True(run.ExitCode == 0, run.Error);
        var root = BenchCommand.Figures(run.Output);
        Assert.Equal(("ingest", expected), (root.GetProperty("bench").GetString(), root.GetProperty("traffic").GetString()));
        Assert.True(root.GetProperty("events").GetInt32() >= 4000);
        Assert.True(root.GetProperty("events_per_s").GetDouble() > 0);
        Assert.True(root.GetProperty("ratio").GetDouble() > 0);
        Assert.True(root.GetProperty("generate_events_per_s").GetDouble() > 0);
        Assert.Contains("in memory", run.Output);
    }

    [Theory]
    [InlineData("--traffic", "bogus")]
    [InlineData("--traffic", "1")]
    [InlineData("--events", "0")]
    [InlineData("--events", "many")]
    public Task Refuses_a_bad_argument_with_its_usage(string option, string value) =>
        BenchCommand.AssertRefusedAsync(["ingest", option, value], "Usage: bench ingest [--traffic simulated|synthetic] [--events N]");

    [Fact]
    public void The_simulated_load_resends_and_delays_a_few_events_and_carries_hand_overs_and_complaints()
    {
        var load = IngestLoad.Generate(IngestTraffic.Simulated, 60_000);
        var again = IngestLoad.Generate(IngestTraffic.Simulated, 60_000);
        var events = load.Batches.SelectMany(b => b.Events).ToList();

        var resent = load.Events - load.DistinctEvents;
        Assert.InRange(resent / (double)load.DistinctEvents, 0.02, 0.04);
        Assert.Equal(60_000, load.DistinctEvents);
        Assert.Contains(events.GroupBy(e => e.TrackingNumber), sent => sent.Zip(sent.Skip(1)).Any(p => p.Second.EventUtc < p.First.EventUtc));
        Assert.Contains(events, e => e.Handover is not null);
        Assert.Contains(load.Batches, b => b.Complaints.Count > 0);
        Assert.Empty(load.Setup);
        Assert.Equal(events.Select(e => e.CarrierEventId), again.Batches.SelectMany(b => b.Events).Select(e => e.CarrierEventId));
    }
}
