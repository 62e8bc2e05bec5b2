using System.Text;
using CainiaoDashboard.Benchmarks;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Features.Executive;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Ingest.Import;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// Commands that run instead of the web host (<c>dotnet run --project CainiaoDashboard -- &lt;command&gt;</c>).
/// Returns false when the arguments are meant for the host: none, options (<c>--urls ...</c>) or settings
/// (<c>Section:Key=value</c>). Anything else is a command, and an unknown one stops with the list of commands rather
/// than starting the server with the word ignored.
/// </summary>
public static class CommandLine
{
    /// <summary>Exit code of a command that was given wrong arguments (as the usage errors of each command).</summary>
    public const int UsageExitCode = 2;

    private sealed record Command(string Name, string Usage, string Summary, Func<string[], Task<int>> RunAsync)
    {
        public bool Matches(string[] args)
        {
            var words = Name.Split(' ');
            return args.Length >= words.Length && words.Select((word, i) => word == args[i]).All(same => same);
        }
    }

    private static readonly Command[] Commands =
    [
        new("help", "help", "this list", ShowHelpAsync),
        new("import", "import [--parcels P.csv] [--events E.csv] [--complaints C.csv] [--platform NAME]",
            "loads history from CSV files through the write path; rejected rows go to <file>.rejects.csv", ImportAsync),
        new("create-user", "create-user <email> <role>", "adds a dashboard user; asks for the password (or reads one line of standard input)", CreateUserAsync),
        new("create-carrier-key", "create-carrier-key <carrier>", "creates an API key for a carrier's status updates, shown once", CreateCarrierKeyAsync),
        new("create-platform-key", "create-platform-key <name>", "creates an API key for a platform system (orders, complaints), shown once",
            CreatePlatformKeyAsync),
        new("bench ingest", "bench ingest [--traffic simulated|synthetic] [--events N] [--provider sqlite|postgres] [--connection CS]",
            "times the write path against a plain INSERT (SQLite) or COPY (PostgreSQL)", RunIngestBenchmarkAsync),
        new("bench import", "bench import [--parcels N]", "times the import of N parcels' simulated history from CSV files",
            args => RunBenchmarkAsync(args, "import", 1_000_000, ImportBenchmark.RunAsync, "--parcels")),
        new("bench seed", "bench seed [--days N] [--per-day P]", "times the first start's seeding of N days", RunSeedBenchmarkAsync),
        new("bench kpi", "bench kpi [--events N] [--raw-runs R]", "times the overview's KPIs on N events", RunKpiBenchmarkAsync),
        new("bench lookup", "bench lookup [--parcels N]", "times parcel lookups and the late list on N parcels",
            args => RunBenchmarkAsync(args, "lookup", 1_000_000, LookupBenchmark.RunAsync, "--parcels")),
        new("bench volume", "bench volume [--days N] [--per-day P]", "times the executives' volume page", RunVolumeBenchmarkAsync),
    ];

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || (args[0].StartsWith('-') && !IsHelpOption(args[0])) || args[0].Contains('='))
        {
            return false;
        }

        if (IsHelpOption(args[0]))
        {
            Environment.ExitCode = await ShowHelpAsync(args);
            return true;
        }

        if (Commands.FirstOrDefault(command => command.Matches(args)) is not { } known)
        {
            await Console.Error.WriteLineAsync($"Unknown command: {string.Join(' ', args.TakeWhile(arg => !arg.StartsWith('-')).Take(2))}");
            await Console.Error.WriteLineAsync();
            await Console.Error.WriteAsync(HelpText);
            Environment.ExitCode = UsageExitCode;
            return true;
        }

        Environment.ExitCode = await known.RunAsync(args);
        return true;
    }

    private static bool IsHelpOption(string arg) => arg is "--help" or "-h" or "-?";

    /// <summary>What <c>help</c> prints: how to start the dashboard, and every command with its options.</summary>
    public static string HelpText
    {
        get
        {
            var width = Commands.Max(command => command.Usage.Length) + 2;
            var text = new StringBuilder()
                .AppendLine("Usage: dotnet run --project CainiaoDashboard -- [command]")
                .AppendLine()
                .AppendLine("Without a command the dashboard starts; host options (--urls http://localhost:5000) and settings")
                .AppendLine("(Simulator:Enabled=false) may follow.")
                .AppendLine()
                .AppendLine("Commands:");
            foreach (var command in Commands) text.AppendLine($"  {command.Usage.PadRight(width)}{command.Summary}");
            return text.ToString();
        }
    }

    private static async Task<int> ShowHelpAsync(string[] args)
    {
        await Console.Out.WriteAsync(HelpText);
        return 0;
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

    private const string IngestUsage =
        "Usage: bench ingest [--traffic simulated|synthetic] [--events N] [--provider sqlite|postgres] [--connection \"<PostgreSQL connection string>\"], " +
        "N a positive whole number (default 2,000,000 simulated events); --connection (or the ConnectionStrings__Cainiao environment variable) " +
        "names the PostgreSQL server of --provider postgres, where the bench creates a database of its own and drops it afterwards.";

    /// <summary>Where <c>bench ingest --provider postgres</c> finds its server when <c>--connection</c> is not given.</summary>
    public const string ConnectionVariable = "ConnectionStrings__Cainiao";

    private static async Task<int> RunIngestBenchmarkAsync(string[] args)
    {
        var events = 2_000_000;
        var traffic = IngestTraffic.Simulated;
        var provider = DatabaseProvider.Sqlite;
        string? connection = null;
        var valid = TryReadOptions(args, new()
        {
            ["--events"] = value => int.TryParse(value, out events) && events > 0,
            ["--traffic"] = value => Enum.TryParse(value, ignoreCase: true, out traffic) && Enum.IsDefined(traffic) && !int.TryParse(value, out _),
            ["--provider"] = value => Enum.TryParse(value, ignoreCase: true, out provider) && Enum.IsDefined(provider) && !int.TryParse(value, out _),
            ["--connection"] = value => (connection = value) is not null,
        });

        if (!valid)
        {
            await Console.Error.WriteLineAsync(IngestUsage);
            return UsageExitCode;
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            if (connection is null) return await IngestBenchmark.RunAsync(events, traffic);
            await Console.Error.WriteLineAsync("--connection names a PostgreSQL server: it goes with --provider postgres (SQLite runs on a temporary file).");
            return UsageExitCode;
        }

        var source = connection is null ? ConnectionVariable : "--connection";
        connection ??= Environment.GetEnvironmentVariable(ConnectionVariable);
        if (BenchServerProblem(connection) is { } problem)
        {
            await Console.Error.WriteLineAsync($"{source} {problem} --provider postgres needs --connection \"Host=localhost;Port=5432;Username=postgres;Password=…\" " +
                $"(or the {ConnectionVariable} environment variable).");
            return UsageExitCode;
        }

        return await IngestBenchmark.RunOnPostgresAsync(events, traffic, connection!, source);
    }

    /// <summary>Why a PostgreSQL connection string cannot name the bench's server (ending with a full stop), or null when it can.</summary>
    private static string? BenchServerProblem(string? connection)
    {
        if (string.IsNullOrWhiteSpace(connection)) return "is not set:";
        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection);
            return string.IsNullOrWhiteSpace(builder.Host) ? "names no Host:" : null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            return $"is not a PostgreSQL connection string ({ex.Message.TrimEnd('.')}):";
        }
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
    /// Reads the <c>--name value</c> pairs (after <c>bench &lt;name&gt;</c> unless told), each through its reader; false on an unknown
    /// option, a missing value or a value its reader refuses. The test project's browser benchmarks read theirs with it too.
    /// </summary>
    /// <param name="from">Where the options start: after <c>bench &lt;name&gt;</c> by default.</param>
    internal static bool TryReadOptions(string[] args, Dictionary<string, Func<string, bool>> readers, int from = 2)
    {
        for (var i = from; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !readers.TryGetValue(args[i], out var read) || !read(args[i + 1])) return false;
        }

        return true;
    }

    private static async Task<int> CreateCarrierKeyAsync(string[] args)
    {
        var carrier = args.Length >= 2
            ? ReferenceData.Carriers.FirstOrDefault(c => string.Equals(c.Code, args[1], StringComparison.OrdinalIgnoreCase))
            : null;
        if (carrier is null)
        {
            await Console.Error.WriteLineAsync(
                $"Usage: create-carrier-key <carrier>, where carrier is one of {string.Join(", ", ReferenceData.Carriers.Select(c => c.Code))}.");
            return UsageExitCode;
        }

        return await CreateKeyAsync(args, $"API key for {carrier.Name}", keys => keys.CreateCarrierKeyAsync(carrier.Id));
    }

    private static async Task<int> CreatePlatformKeyAsync(string[] args)
    {
        var problem = args.Length >= 2 ? ApiKeys.CheckPlatformName(args[1]) : "Name the system the key is for.";
        if (problem is not null)
        {
            await Console.Error.WriteLineAsync($"Usage: create-platform-key <name>, for example create-platform-key \"Tmall orders\". {problem}");
            return UsageExitCode;
        }

        return await CreateKeyAsync(args, $"Platform API key for {args[1].Trim()}", keys => keys.CreatePlatformKeyAsync(args[1]));
    }

    /// <summary>
    /// <c>import</c>: the files are checked (present, readable, headers naming known columns) before the database is
    /// touched; then every row goes through the write path, and Ctrl+C stops between batches with what was committed kept.
    /// </summary>
    private static async Task<int> ImportAsync(string[] args)
    {
        string? parcels = null, events = null, complaints = null, platformProblem = null;
        var platform = ImportFiles.DefaultPlatform;
        // The options' pairs, then the settings (Key=value) for the host.
        var optionsEnd = 1;
        while (optionsEnd < args.Length && args[optionsEnd].StartsWith("--", StringComparison.Ordinal)) optionsEnd += 2;
        optionsEnd = Math.Min(optionsEnd, args.Length);
        var settings = args[optionsEnd..];
        var valid = settings.All(setting => setting.Contains('=')) && TryReadOptions(args[..optionsEnd], new()
        {
            ["--parcels"] = value => (parcels = value) is not null,
            ["--events"] = value => (events = value) is not null,
            ["--complaints"] = value => (complaints = value) is not null,
            ["--platform"] = value => (platformProblem = ApiKeys.CheckPlatformName(platform = value)) is null,
        }, from: 1);

        var files = new ImportFiles(FromShell(parcels), FromShell(events), FromShell(complaints), platform.Trim());
        var problems = valid ? HistoryImport.Check(files) : platformProblem is null ? [] : [$"--platform: {platformProblem}"];
        if (!valid || problems.Count > 0)
        {
            foreach (var problem in problems) await Console.Error.WriteLineAsync(problem);
            await Console.Error.WriteLineAsync(
                "Usage: import [--parcels P.csv] [--events E.csv] [--complaints C.csv] [--platform NAME]; settings (Key=value) may follow. " +
                "Columns are named as the APIs' fields; see samples/ and the README. Nothing was imported.");
            return UsageExitCode;
        }

        await using var app = await StartupGuard.BuildAsync(settings, _ => Task.CompletedTask);
        if (app is null) return StartupGuard.FailureExitCode;
        var pipeline = app.Services.GetRequiredService<IngestPipeline>();
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        try
        {
            await using (await app.Services.LockStartupAsync()) await app.Services.InitialiseDatabaseForWritingAsync();
            await pipeline.StartAsync(stop.Token);
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"{StartupGuard.Describe(ex)} Nothing was imported.");
            await pipeline.StopAsync(CancellationToken.None);
            return StartupGuard.FailureExitCode;
        }

        Console.CancelKeyPress += onCancel;
        try
        {
            var summary = await app.Services.GetRequiredService<HistoryImport>().RunAsync(files, Console.Out, !Console.IsOutputRedirected, stop.Token);
            Console.WriteLine(summary.JsonLine);
            return 0;
        }
        catch (Exception ex)
        {
            var reason = ex is OperationCanceledException ? "Import stopped." : $"Import stopped: {StartupGuard.Describe(ex)}";
            await Console.Error.WriteLineAsync(
                $"{reason} What was committed stays; the same command again goes on (rows stored already count as stored before).");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            await pipeline.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// A path as the user typed it: relative to the working directory, or else to the shell's (<c>dotnet run --project</c>
    /// starts the program in the project's folder, but the shell's own directory stays in <c>PWD</c>).
    /// </summary>
    private static string? FromShell(string? path)
    {
        if (path is null) return null;
        var here = Path.GetFullPath(path);
        // A launcher that sets the working directory may leave PWD as it was: a file found here wins.
        if (File.Exists(here) || Environment.GetEnvironmentVariable("PWD") is not { Length: > 0 } shell || !Directory.Exists(shell)) return here;
        return Path.GetFullPath(path, shell);
    }

    /// <summary>Creates a key on the configured database (settings may follow the command's own arguments) and prints it once.</summary>
    private static async Task<int> CreateKeyAsync(string[] args, string title, Func<ApiKeys, Task<string>> create)
    {
        await using var app = await StartupGuard.BuildAsync(args[2..], built => built.Services.InitialiseDatabaseAsync());
        if (app is null)
        {
            return StartupGuard.FailureExitCode;
        }

        var key = await create(app.Services.GetRequiredService<ApiKeys>());
        Console.WriteLine($"{title} (shown once, store it now):");
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
            await using var startup = await built.Services.LockStartupAsync();
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
