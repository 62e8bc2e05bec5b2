namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>
/// The dashboard as its own process, started with bad settings or a bad database: it must stop with a non-zero exit
/// code and one logged line that says what is wrong, never a stack trace.
/// </summary>
public sealed class StartupGuardTests : IDisposable
{
    private readonly TempDirectory directory = new();

    private string GoodDatabase => $"Data Source={directory.File("good.db")}";

    [Fact]
    public async Task A_batch_size_of_zero_stops_start_up_naming_the_setting_its_value_and_the_range()
    {
        var exit = await AppProcess.StartExpectingExitAsync(
            GoodDatabase, new Dictionary<string, string> { ["Ingest:BatchSize"] = "0" }, TestContext.Current.CancellationToken);

        var line = FailureLine(exit);
        Assert.Contains("Ingest:BatchSize is 0; it must be between 1 and 1,000,000.", line);
    }

    [Fact]
    public async Task Every_bad_setting_of_a_start_is_named_with_its_value_and_what_is_allowed()
    {
        var exit = await AppProcess.StartExpectingExitAsync(GoodDatabase, new Dictionary<string, string>
        {
            ["Ingest:BatchSize"] = "-5",
            ["Executive:RefreshSeconds"] = "abc",
            ["Auth:MaxFailedSignIns"] = "0",
            ["Alerts:CarrierOnTimeBelow"] = "1.5",
            ["Kpi:StalledAfterHours:NEXT_DAY"] = "-1",
            ["Seed:HistoryDays"] = "many",
        }, TestContext.Current.CancellationToken);

        var line = FailureLine(exit);
        Assert.Contains("Ingest:BatchSize is -5; it must be between 1 and 1,000,000.", line);
        Assert.Contains("Executive:RefreshSeconds is 'abc', which is not a number.", line);
        Assert.Contains("Auth:MaxFailedSignIns is 0; it must be between 1 and 100.", line);
        Assert.Contains("Alerts:CarrierOnTimeBelow is 1.5; it must be between 0 and 1.", line);
        Assert.Contains("Kpi:StalledAfterHours:NEXT_DAY is -1; it must be between 0.1 and 720.", line);
        Assert.Contains("Seed:HistoryDays is 'many', which is not a whole number.", line);
    }

    [Fact]
    public async Task A_second_dashboard_on_a_database_another_one_writes_to_stops_naming_the_file()
    {
        var ct = TestContext.Current.CancellationToken;
        var quiet = new Dictionary<string, string> { ["Simulator:Enabled"] = "false", ["Seed:HistoryDays"] = "0" };
        using var first = await AppProcess.StartAsync(GoodDatabase, ct, quiet);

        var second = await AppProcess.StartExpectingExitAsync(GoodDatabase, quiet, ct);

        Assert.Contains($"Another process is writing to {directory.File("good.db")} (a running dashboard, or an import)", FailureLine(second));
    }

    [Fact]
    public async Task Simulator_settings_are_checked_only_when_the_simulator_runs()
    {
        var ct = TestContext.Current.CancellationToken;
        var unused = new Dictionary<string, string> { ["Simulator:Enabled"] = "false", ["Simulator:ParcelsPerDay"] = "-1", ["Seed:HistoryDays"] = "0" };
        var used = new Dictionary<string, string> { ["Simulator:Enabled"] = "true", ["Simulator:ParcelsPerDay"] = "-1" };
        using var other = new TempDirectory();

        var healthy = AppProcess.StartAsync(GoodDatabase, ct, unused);
        var refused = AppProcess.StartExpectingExitAsync($"Data Source={other.File("used.db")}", used, ct);

        using (await healthy)
        {
        }

        Assert.Contains("Simulator:ParcelsPerDay is -1; it must be between 0 and 1,000,000.", FailureLine(await refused));
    }

    [Fact]
    public async Task A_bad_database_stops_start_up_naming_the_setting_the_path_and_the_cause()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateDirectory(directory.File("folder.db")).FullName;
        var randomBytes = directory.File("random.db");
        await File.WriteAllBytesAsync(randomBytes, RandomBytes(8192), ct);
        var aFile = directory.File("plain.txt");
        await File.WriteAllTextAsync(aFile, "not a folder", ct);
        var underAFile = Path.Combine(aFile, "sub", "cainiao.db");
        const string unwritable = "/proc/cainiao.db";

        var exits = await Task.WhenAll(
            Start("Data Source=:memory:"),
            Start($"Data Source={folder}"),
            Start($"Data Source={randomBytes}"),
            Start($"Data Source={underAFile}"),
            Start($"Data Source={unwritable}"));

        Assert.Contains("ConnectionStrings:Cainiao is an in-memory database (:memory:)", FailureLine(exits[0]));
        Assert.Contains($"ConnectionStrings:Cainiao points to {folder}, which is a folder, not a database file.", FailureLine(exits[1]));
        Assert.Contains($"ConnectionStrings:Cainiao points to {randomBytes}, which is not a SQLite database", FailureLine(exits[2]));
        Assert.Contains($"ConnectionStrings:Cainiao points to {underAFile}, whose folder cannot be created", FailureLine(exits[3]));
        Assert.Contains($"ConnectionStrings:Cainiao points to {unwritable}, which cannot be opened or created", FailureLine(exits[4]));

        Task<ProcessExit> Start(string connectionString) => AppProcess.StartExpectingExitAsync(connectionString, new Dictionary<string, string>(), ct);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(14).NextBytes(bytes);
        return bytes;
    }

    /// <summary>The one line the failed start logged, after checking that the process failed without a stack trace.</summary>
    internal static string FailureLine(ProcessExit exit)
    {
        Assert.True(exit.ExitCode == 1, $"Exit code {exit.ExitCode}; the process printed: {exit.Printed}");
        Assert.DoesNotContain("Unhandled exception", exit.Printed);
        Assert.DoesNotContain("   at ", exit.Printed);
        var lines = exit.Printed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        // The logger's header line ("crit: CainiaoDashboard.Startup[1]") and the message; nothing else failed loudly.
        Assert.All(lines.Where(l => l.StartsWith("fail:") || l.StartsWith("crit:")), header => Assert.StartsWith("crit: CainiaoDashboard.Startup", header));
        return Assert.Single(lines, l => l.StartsWith("Start-up failed: ", StringComparison.Ordinal));
    }

    public void Dispose() => directory.Dispose();
}
