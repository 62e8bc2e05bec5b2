using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CainiaoDashboard.Data;

public static class SqliteOptions
{
    public static DbContextOptionsBuilder UseCainiaoSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(30))
            .AddInterceptors(SqliteConnectionPragmas.Instance);

    /// <summary>A context outside dependency injection (command-line tools, benchmarks, tests).</summary>
    public static CainiaoDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<CainiaoDbContext>();
        options.UseCainiaoSqlite(connectionString);
        return new CainiaoDbContext(options.Options);
    }

    /// <summary>A context factory outside dependency injection, for the read services in benchmarks and tests.</summary>
    public static IDbContextFactory<CainiaoDbContext> CreateFactory(string connectionString) => new Factory(connectionString);

    private sealed class Factory(string connectionString) : IDbContextFactory<CainiaoDbContext>
    {
        public CainiaoDbContext CreateDbContext() => CreateContext(connectionString);
    }
}

/// <summary>
/// Per-connection settings. WAL lets the dashboards read while the single ingest writer commits;
/// synchronous=NORMAL in WAL keeps every commit across a process crash (only an OS crash can lose the
/// last ones); busy_timeout makes a reader wait for a checkpoint instead of failing.
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public static readonly SqliteConnectionPragmas Instance = new();

    public const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}

/// <summary>
/// What <c>dotnet ef migrations add --context CainiaoDbContext</c> builds the SQLite model with (without it the tool's
/// context discovery took PostgreSQL's design-time factory for this context too). Adding a migration opens no file.
/// </summary>
public sealed class SqliteDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<CainiaoDbContext>
{
    public CainiaoDbContext CreateDbContext(string[] args) => SqliteOptions.CreateContext("Data Source=design-time.db");
}
