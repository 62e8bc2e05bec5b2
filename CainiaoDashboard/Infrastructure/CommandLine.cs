using System.Text;
using CainiaoDashboard.Benchmarks;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Features.Executive;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// Commands that run instead of the web host (<c>dotnet run --project CainiaoDashboard -- &lt;command&gt;</c>).
/// Returns false when the arguments are meant for the host.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return false;
        }

        switch (args[0])
        {
            case "create-carrier-key":
                Environment.ExitCode = await CreateCarrierKeyAsync(args);
                return true;
            case "create-user":
                Environment.ExitCode = await CreateUserAsync(args);
                return true;
            case "bench" when args.Length >= 2 && args[1] == "ingest":
                Environment.ExitCode = await RunIngestBenchmarkAsync(args);
                return true;
            case "bench" when args.Length >= 2 && args[1] == "seed":
                Environment.ExitCode = await RunSeedBenchmarkAsync(args);
                return true;
            case "bench" when args.Length >= 2 && args[1] == "kpi":
                Environment.ExitCode = await RunKpiBenchmarkAsync(args);
                return true;
            case "bench" when args.Length >= 2 && args[1] == "lookup":
                Environment.ExitCode = await RunBenchmarkAsync(args, "lookup", 1_000_000, LookupBenchmark.RunAsync, "--parcels");
                return true;
            case "bench" when args.Length >= 2 && args[1] == "volume":
                Environment.ExitCode = await RunVolumeBenchmarkAsync(args);
                return true;
            default:
                return false;
        }
    }

    private static async Task<int> RunBenchmarkAsync(string[] args, string name, int defaultEvents, Func<int, Task<int>> run, string option = "--events")
    {
        var events = defaultEvents;
        var valid = args.Length == 2
            || (args.Length == 4 && args[2] == option && int.TryParse(args[3], out events) && events > 0);
        if (!valid)
        {
            await Console.Error.WriteLineAsync($"Usage: bench {name} [{option} N], N a positive whole number.");
            return 2;
        }

        return await run(events);
    }

    private static async Task<int> RunIngestBenchmarkAsync(string[] args)
    {
        var events = 2_000_000;
        var traffic = IngestTraffic.Simulated;
        var valid = TryReadOptions(args, new()
        {
            ["--events"] = value => int.TryParse(value, out events) && events > 0,
            ["--traffic"] = value => Enum.TryParse(value, ignoreCase: true, out traffic) && Enum.IsDefined(traffic) && !int.TryParse(value, out _),
        });

        if (!valid)
        {
            await Console.Error.WriteLineAsync("Usage: bench ingest [--traffic simulated|synthetic] [--events N], N a positive whole number (default 2,000,000 simulated events).");
            return 2;
        }

        return await IngestBenchmark.RunAsync(events, traffic);
    }

    private static async Task<int> RunKpiBenchmarkAsync(string[] args)
    {
        int events = 10_000_000, rawRuns = KpiBenchmark.DefaultRawRuns;
        var valid = TryReadOptions(args, new()
        {
            ["--events"] = value => int.TryParse(value, out events) && events > 0,
            ["--raw-runs"] = value => int.TryParse(value, out rawRuns) && rawRuns is >= 0 and <= KpiBenchmark.MaxRawRuns,
        });

        if (!valid)
        {
            await Console.Error.WriteLineAsync($"Usage: bench kpi [--events N] [--raw-runs R], N a positive whole number (default 10,000,000), R from 0 to {KpiBenchmark.MaxRawRuns} computations of the same KPIs from the raw events (default {KpiBenchmark.DefaultRawRuns}; 0 skips them).");
            return 2;
        }

        return await KpiBenchmark.RunAsync(events, rawRuns);
    }

    private static async Task<int> RunSeedBenchmarkAsync(string[] args)
    {
        int days = 90, perDay = SeedBenchmark.DefaultParcelsPerDay;
        var valid = TryReadOptions(args, new()
        {
            ["--days"] = value => int.TryParse(value, out days) && days is > 0 and <= SeedOptionsValidator.MaxHistoryDays,
            ["--per-day"] = value => int.TryParse(value, out perDay) && perDay > 0,
        });

        if (!valid)
        {
            await Console.Error.WriteLineAsync($"Usage: bench seed [--days N] [--per-day P], N from 1 to {SeedOptionsValidator.MaxHistoryDays} days (default 90), P parcels a day (default {SeedBenchmark.DefaultParcelsPerDay:N0}).");
            return 2;
        }

        return await SeedBenchmark.RunAsync(days, perDay);
    }

    private static async Task<int> RunVolumeBenchmarkAsync(string[] args)
    {
        int days = 90, perDay = 4000;
        var valid = TryReadOptions(args, new()
        {
            ["--days"] = value => int.TryParse(value, out days) && days is > 0 and <= DayRangeLimit,
            ["--per-day"] = value => int.TryParse(value, out perDay) && perDay > 0,
        });

        if (!valid)
        {
            await Console.Error.WriteLineAsync($"Usage: bench volume [--days N] [--per-day P], N from 1 to {DayRangeLimit} days of history, P parcels a day (default 4000).");
            return 2;
        }

        return await VolumeBenchmark.RunAsync(days, perDay);
    }

    private const int DayRangeLimit = DayRange.MaxDays;

    /// <summary>
    /// Reads the <c>--name value</c> pairs after <c>bench &lt;name&gt;</c>, each through its reader; false on an unknown
    /// option, a missing value or a value its reader refuses. The test project's browser benchmarks read theirs with it too.
    /// </summary>
    internal static bool TryReadOptions(string[] args, Dictionary<string, Func<string, bool>> readers)
    {
        for (var i = 2; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !readers.TryGetValue(args[i], out var read) || !read(args[i + 1])) return false;
        }

        return true;
    }

    private static async Task<int> CreateCarrierKeyAsync(string[] args)
    {
        var carrier = args.Length == 2
            ? ReferenceData.Carriers.FirstOrDefault(c => string.Equals(c.Code, args[1], StringComparison.OrdinalIgnoreCase))
            : null;
        if (carrier is null)
        {
            await Console.Error.WriteLineAsync(
                $"Usage: create-carrier-key <carrier>, where carrier is one of {string.Join(", ", ReferenceData.Carriers.Select(c => c.Code))}.");
            return 2;
        }

        await using var app = await StartupGuard.BuildAsync(args[2..], built => built.Services.InitialiseDatabaseAsync());
        if (app is null)
        {
            return StartupGuard.FailureExitCode;
        }

        var key = await app.Services.GetRequiredService<CarrierApiKeys>().CreateAsync(carrier.Id);
        Console.WriteLine($"API key for {carrier.Name} (shown once, store it now):");
        Console.WriteLine(key);
        return 0;
    }

    /// <summary>
    /// <c>create-user &lt;email&gt; &lt;role&gt;</c>: asks for the password twice without echo on a terminal; with
    /// redirected input it reads one line (so scripts and tests can pipe it in). The password is never an argument.
    /// </summary>
    private static async Task<int> CreateUserAsync(string[] args)
    {
        var role = args.Length >= 3 ? Roles.Normalise(args[2]) : null;
        if (args.Length < 3 || role is null)
        {
            await Console.Error.WriteLineAsync($"Usage: create-user <email> <role>, where role is one of {string.Join(", ", Roles.All)}.");
            return 2;
        }

        string? password;
        if (Console.IsInputRedirected)
        {
            password = await Console.In.ReadLineAsync();
        }
        else
        {
            password = ReadHidden("Password: ");
            if (ReadHidden("Repeat the password: ") != password)
            {
                await Console.Error.WriteLineAsync("The passwords differ; nothing was created.");
                return 1;
            }
        }

        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password given; nothing was created.");
            return 1;
        }

        await using var app = await StartupGuard.BuildAsync(args[3..], async built =>
        {
            await built.Services.InitialiseDatabaseAsync();
            await built.Services.SeedIdentityAsync();
        });
        if (app is null)
        {
            return StartupGuard.FailureExitCode;
        }

        var outcome = await app.Services.GetRequiredService<UserAdministration>().CreateAsync(args[1], role, password);
        if (!outcome.Succeeded)
        {
            await Console.Error.WriteLineAsync(outcome.Message);
            return 1;
        }

        Console.WriteLine(outcome.Message);
        return 0;
    }

    /// <summary>Reads a line from the terminal without echoing it.</summary>
    private static string ReadHidden(string prompt)
    {
        Console.Write(prompt);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0) text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
