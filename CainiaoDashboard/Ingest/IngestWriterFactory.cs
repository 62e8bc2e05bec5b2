using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>Opens the writer's dedicated connection; a singleton holding the resolved connection string.</summary>
/// <param name="timings">Where the writers record their stages' time (benchmarks); null in the dashboard.</param>
public sealed class IngestWriterFactory(string connectionString, StatementTimings? timings = null)
{
    public IngestWriter Create(int cachedParcels) => new(connectionString, cachedParcels, timings);

    /// <summary>The database file's writer lock: held by the one process that writes to it.</summary>
    public WriterLock Lock() => WriterLock.Acquire(DatabaseFile);

    /// <summary>Fails when another process writes to the database (see <see cref="WriterLock.EnsureNoOtherWriter"/>).</summary>
    public void EnsureNoOtherWriter() => WriterLock.EnsureNoOtherWriter(DatabaseFile);

    /// <summary>Finishes keeping simulated counts apart in an upgraded database (see <see cref="SimulatedCountsSplit"/>).</summary>
    /// <returns>The real parcels whose counts were moved.</returns>
    public int SplitSimulatedCounts()
    {
        using var connection = Open();
        return SimulatedCountsSplit.RunIfPending(connection);
    }

    /// <summary>Gives parcels stored before lateness was counted per party their party (see <see cref="LatePartyBackfill"/>).</summary>
    /// <returns>The parcels given a party.</returns>
    public int BackfillLateParties()
    {
        using var connection = Open();
        return LatePartyBackfill.RunIfPending(connection);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        SqliteConnectionPragmas.Apply(connection);
        return connection;
    }

    private string DatabaseFile => new SqliteConnectionStringBuilder(connectionString).DataSource;
}
