using System.Diagnostics;
using System.Runtime.InteropServices;
using Npgsql;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// A throw-away PostgreSQL server for the tests that run the data layer on PostgreSQL (issue 21): Debian's
/// postgresql binaries, a cluster in a new temporary folder, 127.0.0.1 on a free port, no system service.
/// One per test process, started on first use and stopped when the process exits.
/// </summary>
public sealed class PostgresCluster
{
    public const string MissingMessage =
        "PostgreSQL is needed for the tests that run the data layer on PostgreSQL (issue 21): install Debian's " +
        "postgresql package (.ci/run does: apt-get install -y postgresql) or set CAINIAO_PG_BIN to the folder " +
        "holding initdb and pg_ctl.";

    // PostgreSQL refuses to run as root; as root (here and in CI) its tools run as the package's postgres user.
    private const string ServiceUser = "postgres";

    private static readonly Lazy<PostgresCluster> shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string binFolder;
    private readonly string folder;
    private readonly bool asServiceUser;

    private PostgresCluster(string binFolder, string folder, bool asServiceUser)
    {
        this.binFolder = binFolder;
        this.folder = folder;
        this.asServiceUser = asServiceUser;
    }

    public static PostgresCluster Shared => shared.Value;

    public int Port { get; private set; }

    public string ServerConnectionString => ConnectionStringFor("postgres");

    private string DataFolder => Path.Combine(folder, "data");

    private string LogFile => Path.Combine(folder, "server.log");

    /// <summary>Creates a new empty database with a unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? prefix = null, CancellationToken cancellationToken = default)
    {
        var name = $"{Sanitize(prefix ?? "test")}_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"", cancellationToken);
        return ConnectionStringFor(name);
    }

    /// <summary>Drops the database a connection string names, closing whatever connections it still has.</summary>
    public async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"")}\" WITH (FORCE)", cancellationToken);
    }

    private string ConnectionStringFor(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    private async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Sanitize(string prefix)
    {
        var kept = new string(prefix.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_').ToArray());
        return kept.Length == 0 ? "test" : kept[..Math.Min(kept.Length, 24)];
    }

    private static PostgresCluster Start()
    {
        var binFolder = FindBinFolder() ?? throw new InvalidOperationException(MissingMessage);
        var asServiceUser = geteuid() == 0;
        // A new folder and port per run, so a cluster left behind by a crashed run is never in the way.
        var folder = Directory.CreateTempSubdirectory("cainiao-pg-").FullName;
        if (asServiceUser)
        {
            Run("chown", [ServiceUser, folder]);
        }

        var cluster = new PostgresCluster(binFolder, folder, asServiceUser);
        try
        {
            cluster.RunTool("initdb", ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync", "-D", cluster.DataFolder]);
            // The free port can be taken by someone else between our probe and the server's bind: one more try.
            if (!cluster.TryStartServer(LoopbackPorts.Free())
                && !(cluster.LogTail().Contains("already in use", StringComparison.OrdinalIgnoreCase) && cluster.TryStartServer(LoopbackPorts.Free())))
            {
                throw cluster.StartFailure();
            }
        }
        catch
        {
            cluster.Stop();
            throw;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    private bool TryStartServer(int port)
    {
        Port = port;
        var options = $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off " +
                      "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        return RunTool("pg_ctl", ["start", "-w", "-D", DataFolder, "-l", LogFile, "-o", options], throwOnFailure: false).ExitCode == 0;
    }

    private InvalidOperationException StartFailure() =>
        new($"{MissingMessage}{Environment.NewLine}The throw-away cluster in {folder} did not start on port {Port}. " +
            $"Server log tail:{Environment.NewLine}{LogTail()}");

    private string LogTail()
    {
        var lines = File.Exists(LogFile) ? File.ReadAllLines(LogFile) : [];
        return string.Join(Environment.NewLine, lines.TakeLast(20));
    }

    private void Stop()
    {
        RunTool("pg_ctl", ["stop", "-m", "immediate", "-D", DataFolder], throwOnFailure: false);
        DeleteFolder(folder);
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner; the next run uses a new folder anyway.
        }
    }

    private ProcessExit RunTool(string tool, string[] arguments, bool throwOnFailure = true)
    {
        var path = Path.Combine(binFolder, tool);
        return asServiceUser
            ? Run("runuser", ["-u", ServiceUser, "--", path, .. arguments], throwOnFailure, folder)
            : Run(path, arguments, throwOnFailure, folder);
    }

    private static ProcessExit Run(string fileName, string[] arguments, bool throwOnFailure = true, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The service user may not be allowed into the test's own folder.
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var exit = new ProcessExit(process.ExitCode, output.Result, error.Result);
        if (throwOnFailure && exit.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{MissingMessage}{Environment.NewLine}{fileName} {string.Join(' ', arguments)} exited with {exit.ExitCode}:" +
                $"{Environment.NewLine}{exit.Printed}");
        }

        return exit;
    }

    private static string? FindBinFolder()
    {
        static bool HasTools(string bin) => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl"));

        var configured = Environment.GetEnvironmentVariable("CAINIAO_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasTools(configured) ? configured : null;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot))
        {
            return null;
        }

        return Directory.GetDirectories(debianRoot)
            .Select(version => (Number: decimal.TryParse(Path.GetFileName(version), out var n) ? n : -1, Bin: Path.Combine(version, "bin")))
            .Where(candidate => HasTools(candidate.Bin))
            .OrderByDescending(candidate => candidate.Number)
            .Select(candidate => candidate.Bin)
            .FirstOrDefault();
    }

    [DllImport("libc")]
    private static extern uint geteuid();
}

/// <summary>A fresh database on the shared cluster, dropped on dispose.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private PostgresDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static async Task<PostgresDatabase> CreateAsync(string? prefix = null, CancellationToken cancellationToken = default) =>
        new(await PostgresCluster.Shared.CreateDatabaseAsync(prefix, cancellationToken));

    public async ValueTask DisposeAsync() => await PostgresCluster.Shared.DropDatabaseAsync(ConnectionString);
}
