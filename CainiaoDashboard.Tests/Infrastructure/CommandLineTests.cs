using System.Net;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>The command line, run as its own process against a production-configured dashboard: its commands, <c>help</c>, and what an unknown command does.</summary>
public sealed class CommandLineTests
{
    private const string Password = "Ops-Password-2026";

    [Fact]
    public async Task Create_user_takes_the_password_on_standard_input_and_the_user_signs_in_with_a_secure_cookie_in_production()
    {
        var ct = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory();
        var connectionString = $"Data Source={Path.Combine(directory.Path, "cli.db")}";

        var created = await AppProcess.RunCommandWithInputAsync(["create-user", "ops@example.com", "manager"], connectionString, Password + "\n", ct);
        var demo = await AppProcess.RunCommandWithInputAsync(["create-user", IdentitySeeding.DemoEmail(Roles.Admin), "Admin"], connectionString, Password + "\n", ct);

        Assert.Equal(0, created.ExitCode);
        Assert.Equal("Created ops@example.com (Manager).", created.Output.Trim().Split('\n')[^1]);
        Assert.DoesNotContain(Password, created.Output + created.Error);
        Assert.Equal(0, demo.ExitCode);

        using var app = await AppProcess.StartAsync(connectionString, ct);
        using var http = AccountClient.Create(app.BaseAddress);
        using var signedIn = await AccountClient.PostSignInAsync(http, "ops@example.com", Password, ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthSetup.CookieName + "="));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        // The secure cookie is sent by hand here, since this test server speaks plain HTTP.
        using var raw = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/system");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await raw.SendAsync(request, ct)).StatusCode);

        // Outside Development a demo account does not survive the start, even one created by hand.
        using var demoSignIn = await AccountClient.PostSignInAsync(AccountClient.Create(app.BaseAddress), IdentitySeeding.DemoEmail(Roles.Admin), Password, ct);
        Assert.Equal("Wrong e-mail address or password.", AccountClient.ErrorMessage(await demoSignIn.Content.ReadAsStringAsync(ct)));
    }

    [Fact]
    public async Task Create_user_refuses_an_unknown_role_a_weak_password_and_a_taken_address()
    {
        var ct = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory();
        var connectionString = $"Data Source={Path.Combine(directory.Path, "cli.db")}";

        var unknownRole = await AppProcess.RunCommandWithInputAsync(["create-user", "a@example.com", "Courier"], connectionString, Password + "\n", ct);
        var weak = await AppProcess.RunCommandWithInputAsync(["create-user", "a@example.com", "Support"], connectionString, "short\n", ct);
        var first = await AppProcess.RunCommandWithInputAsync(["create-user", "a@example.com", "Support"], connectionString, Password + "\n", ct);
        var taken = await AppProcess.RunCommandWithInputAsync(["create-user", "A@example.com", "Admin"], connectionString, Password + "\n", ct);

        Assert.Equal(2, unknownRole.ExitCode);
        Assert.Contains("Manager, Support, Executive, Admin", unknownRole.Error);
        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("at least 10 characters", weak.Error);
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, taken.ExitCode);
        Assert.Contains("already exists", taken.Error);
    }

    [Fact]
    public async Task A_command_on_a_file_that_is_not_a_database_fails_with_one_line_and_exit_code_1()
    {
        var ct = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory();
        var file = directory.File("random.db");
        await File.WriteAllTextAsync(file, new string('x', 4096), ct);

        var exit = await AppProcess.StartExpectingExitAsync(
            $"Data Source={file}", new Dictionary<string, string>(), ct, ["create-carrier-key", "ZTO"]);

        Assert.Contains($"ConnectionStrings:Cainiao points to {file}, which is not a SQLite database", StartupGuardTests.FailureLine(exit));
    }

    [Fact]
    public async Task Help_lists_every_command_with_its_options()
    {
        var ct = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory();

        var help = await AppProcess.RunCommandWithInputAsync(["help"], $"Data Source={directory.File("cli.db")}", "", ct);

        Assert.Equal(0, help.ExitCode);
        foreach (var usage in new[] { "import [--parcels P.csv] [--events E.csv] [--complaints C.csv] [--platform NAME]", "create-user <email> <role>", "create-carrier-key <carrier>", "create-platform-key <name>", "bench ingest [--traffic simulated|synthetic] [--events N]",
                     "bench import [--parcels N]", "bench seed [--days N] [--per-day P]", "bench kpi [--events N] [--raw-runs R]", "bench lookup [--parcels N]", "bench volume [--days N] [--per-day P]" })
        {
            Assert.Contains(usage, help.Output);
        }

        Assert.False(File.Exists(directory.File("cli.db")), "help must not create or migrate a database");
    }

    [Fact]
    public async Task Import_loads_the_samples_with_progress_lines_and_the_summary_last_and_a_second_run_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory();
        var connectionString = $"Data Source={directory.File("cli.db")}";
        string[] import = ["import", "--parcels", ImportRun.Sample("parcels.csv"), "--events", ImportRun.Sample("events.csv"),
            "--complaints", ImportRun.Sample("complaints.csv")];

        var first = await AppProcess.RunCommandWithInputAsync(import, connectionString, "", ct);
        var again = await AppProcess.RunCommandWithInputAsync(import, connectionString, "", ct);

        Assert.Equal((0, 0), (first.ExitCode, again.ExitCode));
        var lines = first.Output.Trim().Split('\n');
        Assert.Contains(lines, line => line.StartsWith("parcels.csv: 100 %  3 rows", StringComparison.Ordinal));
        Assert.Contains("complaints.csv: 2 rows: 2 stored, 0 stored before, 0 rejected", lines);
        Assert.Matches("""^\{"import":"done","parcels":3,"events":13,"complaints":2,"rejected":0,"seconds":\d+\.\d\}$""", lines[^1]);
        Assert.Matches("""^\{"import":"done","parcels":0,"events":0,"complaints":0,"rejected":0,"seconds":\d+\.\d\}$""", again.Output.Trim().Split('\n')[^1]);
    }

    [Theory]
    [InlineData("missing.csv", "missing.csv cannot be read: Could not find file")]
    [InlineData("header.csv", "header.csv: unknown column 'colour' in its header; the columns are trackingNumber, carrier,")]
    [InlineData("--weight", "Usage: import [--parcels P.csv]")]
    public async Task Import_refuses_a_missing_file_a_bad_header_or_an_unknown_option_before_touching_the_database(string argument, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("header.csv"), "trackingNumber,carrier,colour\nZT1,ZTO,red\n", ct);
        string[] arguments = argument.StartsWith("--") ? ["import", argument, "3"] : ["import", "--parcels", directory.File(argument)];

        var refused = await AppProcess.RunCommandWithInputAsync(arguments, $"Data Source={directory.File("cli.db")}", "", ct);

        Assert.Equal(CommandLine.UsageExitCode, refused.ExitCode);
        Assert.Contains(message, refused.Error);
        Assert.Contains("Nothing was imported.", refused.Error);
        Assert.False(File.Exists(directory.File("cli.db")));
    }

    [Fact]
    public async Task Import_refuses_to_run_beside_a_dashboard_writing_to_the_same_database()
    {
        var ct = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory();
        var connectionString = $"Data Source={directory.File("cli.db")}";
        using var dashboard = await AppProcess.StartAsync(connectionString, ct, new Dictionary<string, string> { ["Simulator:Enabled"] = "false", ["Seed:HistoryDays"] = "0" });

        var refused = await AppProcess.RunCommandWithInputAsync(["import", "--parcels", ImportRun.Sample("parcels.csv")], connectionString, "", ct);

        Assert.Equal(StartupGuard.FailureExitCode, refused.ExitCode);
        Assert.Contains($"Another process is writing to {directory.File("cli.db")} (a running dashboard, or an import)", refused.Error);
        Assert.Contains("Nothing was imported.", refused.Error);
    }

    [Fact]
    public async Task Create_platform_key_prints_a_key_that_files_complaints_and_refuses_a_missing_name()
    {
        var ct = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory();
        var connectionString = $"Data Source={directory.File("cli.db")}";

        var created = await AppProcess.RunCommandWithInputAsync(["create-platform-key", "Tmall orders"], connectionString, "", ct);
        var unnamed = await AppProcess.RunCommandWithInputAsync(["create-platform-key", " "], connectionString, "", ct);

        Assert.Equal(0, created.ExitCode);
        var lines = created.Output.Trim().Split('\n');
        Assert.Equal("Platform API key for Tmall orders (shown once, store it now):", lines[^2].Trim());
        var key = lines[^1].Trim();
        Assert.StartsWith("cnp_", key);
        Assert.Equal(CommandLine.UsageExitCode, unnamed.ExitCode);
        Assert.Contains("Name the system the key is for", unnamed.Error);

        using var app = await AppProcess.StartAsync(connectionString, ct);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        http.DefaultRequestHeaders.Add(ApiKeys.HeaderName, key);
        using var filed = await http.PostAsync("/api/complaints",
            new StringContent("[{\"complaintId\":\"c1\",\"trackingNumber\":\"NOPE1\",\"category\":\"lost\",\"filedAt\":\"2026-12-01T10:00:00+08:00\"}]",
                System.Text.Encoding.UTF8, "application/json"), ct);
        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        Assert.Contains("unknown parcel", await filed.Content.ReadAsStringAsync(ct));
    }

    [Theory]
    [InlineData("serve", "serve")]
    [InlineData("create-carier-key", "create-carier-key ZTO")]
    [InlineData("bench ingst", "bench ingst")]
    public async Task An_unknown_command_stops_with_the_list_of_commands_and_exit_code_2_instead_of_starting_the_server(string named, string typed)
    {
        var ct = TestContext.Current.CancellationToken;
        using var directory = new TempDirectory();

        var exit = await AppProcess.StartExpectingExitAsync(
            $"Data Source={directory.File("cli.db")}", new Dictionary<string, string>(), ct, [.. typed.Split(' '), "--events", "10"]);

        Assert.Equal(CommandLine.UsageExitCode, exit.ExitCode);
        Assert.Contains($"Unknown command: {named}", exit.Error);
        Assert.Contains("create-carrier-key <carrier>", exit.Error);
        Assert.False(File.Exists(directory.File("cli.db")));
    }

    [Theory]
    [InlineData("--urls")]
    [InlineData("Simulator:Enabled=false")]
    public async Task Host_options_and_settings_start_the_dashboard_rather_than_a_command(string first)
    {
        Assert.False(await CommandLine.TryRunAsync([first, "http://127.0.0.1:5999"]));
    }
}
