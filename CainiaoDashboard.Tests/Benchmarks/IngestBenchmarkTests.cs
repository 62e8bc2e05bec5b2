using CainiaoDashboard.Benchmarks;
using Npgsql;

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
        Assert.Equal(("ingest", "sqlite", expected),
            (root.GetProperty("bench").GetString(), root.GetProperty("provider").GetString(), root.GetProperty("traffic").GetString()));
        Assert.True(root.GetProperty("events").GetInt32() >= 4000);
        Assert.True(root.GetProperty("events_per_s").GetDouble() > 0);
        Assert.True(root.GetProperty("ratio").GetDouble() > 0);
        Assert.True(root.GetProperty("generate_events_per_s").GetDouble() > 0);
        Assert.Contains("in memory", run.Output);
    }

    [Fact]
    public async Task On_postgres_prints_the_figures_against_a_copy_and_drops_its_database()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = PostgresCluster.Shared.ServerConnectionString;

        var run = await BenchCommand.RunAsync(["ingest", "--provider", "postgres", "--events", "4000", "--connection", server], ct);

        Assert.True(run.ExitCode == 0, run.Error);
        var root = BenchCommand.Figures(run.Output);
        Assert.Equal(("ingest", "postgres", "simulated"),
            (root.GetProperty("bench").GetString(), root.GetProperty("provider").GetString(), root.GetProperty("traffic").GetString()));
        Assert.True(root.GetProperty("events_per_s").GetDouble() > 0);
        Assert.True(root.GetProperty("baseline_rows_per_s").GetDouble() > 0);
        Assert.Contains("binary COPY", run.Output);
        // Where the writer's time went, by statement group, as on SQLite (the batch's parcel lock apart).
        Assert.Contains("  lock ", run.Output);
        Assert.Contains("in memory", run.Output);
        // Other test classes make and drop their own databases on the shared cluster meanwhile: only the bench's own count.
        Assert.DoesNotContain(await DatabasesAsync(server, ct), name => name.StartsWith("cainiao_bench", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--traffic", "bogus")]
    [InlineData("--traffic", "1")]
    [InlineData("--events", "0")]
    [InlineData("--events", "many")]
    [InlineData("--provider", "mysql")]
    [InlineData("--provider", "1")]
    public Task Refuses_a_bad_argument_with_its_usage(string option, string value) =>
        BenchCommand.AssertRefusedAsync(["ingest", option, value],
            "Usage: bench ingest [--traffic simulated|synthetic] [--events N] [--provider sqlite|postgres] [--connection \"<PostgreSQL connection string>\"]");

    [Theory]
    // The harness sets ConnectionStrings__Cainiao to a SQLite connection string: no PostgreSQL server for the bench.
    [InlineData(new[] { "--provider", "postgres" }, "ConnectionStrings__Cainiao is not a PostgreSQL connection string")]
    [InlineData(new[] { "--provider", "postgres", "--connection", "Port=5432;Username=postgres" }, "--connection names no Host:")]
    [InlineData(new[] { "--provider", "postgres", "--connection", "Hots=localhost" }, "--connection is not a PostgreSQL connection string")]
    [InlineData(new[] { "--connection", "Host=localhost" }, "--connection names a PostgreSQL server: it goes with --provider postgres")]
    public async Task Refuses_a_missing_or_wrong_connection_in_one_line_naming_its_option(string[] options, string expected)
    {
        var run = await BenchCommand.RunAsync(["ingest", .. options, "--events", "100"], TestContext.Current.CancellationToken);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(expected, run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Names_the_option_of_a_server_that_does_not_answer_without_a_stack_trace()
    {
        var run = await BenchCommand.RunAsync(
            ["ingest", "--provider", "postgres", "--events", "100", "--connection", $"Host=127.0.0.1;Port={LoopbackPorts.Free()};Username=postgres;Timeout=5"],
            TestContext.Current.CancellationToken);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("--connection: no bench database could be created and migrated on the PostgreSQL server 127.0.0.1:", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error);
    }

    private static async Task<List<string>> DatabasesAsync(string server, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT datname FROM pg_database ORDER BY datname", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var names = new List<string>();
        while (await reader.ReadAsync(ct)) names.Add(reader.GetString(0));
        return names;
    }

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
