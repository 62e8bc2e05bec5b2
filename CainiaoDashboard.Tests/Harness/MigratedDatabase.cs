using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// A fresh database with every migration applied: a SQLite file in a temporary folder, or a new database on the test
/// run's PostgreSQL cluster (<see cref="PostgresCluster"/>); deleted or dropped on dispose.
/// </summary>
public sealed class MigratedDatabase : IDisposable
{
    private readonly TempDirectory directory;

    private MigratedDatabase(TempDirectory directory, StoreConnection store)
    {
        this.directory = directory;
        Store = store;
        Contexts = store.CreateFactory();
    }

    public StoreConnection Store { get; }

    public DatabaseProvider Provider => Store.Provider;

    public string ConnectionString => Store.ConnectionString;

    /// <summary>A temporary folder that goes with the database, for scratch files.</summary>
    public string FolderPath => directory.Path;

    public IDbContextFactory<CainiaoDbContext> Contexts { get; }

    public static async Task<MigratedDatabase> CreateAsync(string fileName = "test.db", DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var ct = TestContext.Current.CancellationToken;
        var directory = new TempDirectory();
        var connectionString = provider == DatabaseProvider.Postgres
            ? await PostgresCluster.Shared.CreateDatabaseAsync(Path.GetFileNameWithoutExtension(fileName), ct)
            : $"Data Source={directory.File(fileName)}";
        var database = new MigratedDatabase(directory, new StoreConnection(provider, connectionString));
        await using var db = database.NewContext();
        await db.Database.MigrateAsync(ct);
        return database;
    }

    public CainiaoDbContext NewContext() => Store.CreateContext();

    /// <summary>A writer on this database, as the pipeline opens one.</summary>
    public IngestWriter NewWriter(int cachedParcels = IngestOptions.DefaultCachedParcels) => new(Store, cachedParcels);

    /// <summary>The real ingest pipeline writing to this database, not yet started.</summary>
    public IngestPipeline NewPipeline(TimeProvider? clock = null, IngestOptions? options = null) =>
        new(new IngestWriterFactory(Store), Options.Create(options ?? new IngestOptions()), clock ?? TimeProvider.System,
            NullLogger<IngestPipeline>.Instance);

    public void Dispose()
    {
        if (Provider == DatabaseProvider.Postgres) PostgresCluster.Shared.DropDatabaseAsync(ConnectionString).GetAwaiter().GetResult();
        directory.Dispose();
    }
}
