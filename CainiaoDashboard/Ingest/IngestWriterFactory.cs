using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>Opens the writer's dedicated connection; a singleton holding the resolved store.</summary>
/// <param name="timings">Where the writers record their stages' time (benchmarks); null in the dashboard.</param>
public sealed class IngestWriterFactory(StoreConnection store, StatementTimings? timings = null)
{
    /// <summary>A writer on a SQLite file.</summary>
    public IngestWriterFactory(string sqliteConnectionString, StatementTimings? timings = null)
        : this(new StoreConnection(DatabaseProvider.Sqlite, sqliteConnectionString), timings)
    {
    }

    public StoreConnection Store => store;

    public IngestWriter Create(int cachedParcels) => new(store, cachedParcels, timings);

    /// <summary>
    /// The database file's writer lock: held by the one process that writes to it. PostgreSQL takes any number of writers
    /// (they lock the parcels they change), so there it holds nothing.
    /// </summary>
    public IDisposable Lock() => store.IsPostgres ? NoLock.Instance : WriterLock.Acquire(DatabaseFile);

    /// <summary>Fails when another process writes to the SQLite file (see <see cref="WriterLock.EnsureNoOtherWriter"/>).</summary>
    public void EnsureNoOtherWriter()
    {
        if (!store.IsPostgres) WriterLock.EnsureNoOtherWriter(DatabaseFile);
    }

    /// <summary>
    /// Finishes keeping simulated counts apart in an upgraded SQLite database (see <see cref="SimulatedCountsSplit"/>); a
    /// PostgreSQL database was created with the current schema and has nothing to finish.
    /// </summary>
    /// <returns>The real parcels whose counts were moved.</returns>
    public int SplitSimulatedCounts()
    {
        if (store.IsPostgres) return 0;
        using var connection = Open();
        return SimulatedCountsSplit.RunIfPending(connection);
    }

    /// <summary>Gives parcels stored before lateness was counted per party their party (see <see cref="LatePartyBackfill"/>); SQLite only, as above.</summary>
    /// <returns>The parcels given a party.</returns>
    public int BackfillLateParties()
    {
        if (store.IsPostgres) return 0;
        using var connection = Open();
        return LatePartyBackfill.RunIfPending(connection);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(store.ConnectionString);
        connection.Open();
        SqliteConnectionPragmas.Apply(connection);
        return connection;
    }

    private string DatabaseFile => new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }
}
