using CainiaoDashboard.Data.Postgres;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Data;

/// <summary>Which engine the store runs on and how to reach it: resolved once at start-up from the settings.</summary>
public sealed record StoreConnection(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderSetting = "Database:Provider";

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>
    /// Reads <c>Database:Provider</c> (Sqlite when unset) and <c>ConnectionStrings:Cainiao</c> in that provider's form;
    /// every bad value is refused with a message naming its setting.
    /// </summary>
    public static StoreConnection Resolve(IConfiguration configuration, string contentRoot)
    {
        var provider = ParseProvider(configuration[ProviderSetting]);
        var configured = configuration.GetConnectionString("Cainiao");
        return new StoreConnection(provider, provider switch
        {
            DatabaseProvider.Postgres => PostgresConnectionStrings.Resolve(configured),
            _ => SqliteConnectionStrings.Resolve(configured, contentRoot),
        });
    }

    public static DatabaseProvider ParseProvider(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(configured.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            && !int.TryParse(configured, out _)
            ? provider
            : throw new InvalidOperationException(
                $"{ProviderSetting} is '{configured}'; it must be {string.Join(" or ", Enum.GetNames<DatabaseProvider>())}.");
    }

    /// <summary>Sets up EF Core on this engine.</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => IsPostgres
        ? options.UseCainiaoPostgres(ConnectionString)
        : options.UseCainiaoSqlite(ConnectionString);

    /// <summary>A context outside dependency injection (command-line tools, benchmarks, tests).</summary>
    public CainiaoDbContext CreateContext() => IsPostgres
        ? PostgresOptions.CreateContext(ConnectionString)
        : SqliteOptions.CreateContext(ConnectionString);

    /// <summary>A context factory outside dependency injection, for the read services in benchmarks and tests.</summary>
    public IDbContextFactory<CainiaoDbContext> CreateFactory() => new Factory(this);

    private sealed class Factory(StoreConnection store) : IDbContextFactory<CainiaoDbContext>
    {
        public CainiaoDbContext CreateDbContext() => store.CreateContext();
    }
}
