using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>Opens the writer's dedicated connection; a singleton holding the resolved connection string.</summary>
/// <param name="timings">Where the writers record their stages' time (benchmarks); null in the dashboard.</param>
public sealed class IngestWriterFactory(string connectionString, StatementTimings? timings = null)
{
    public IngestWriter Create(int cachedParcels) => new(connectionString, cachedParcels, timings);

    /// <summary>The database file's writer lock: held by the one process that writes to it.</summary>
    public WriterLock Lock() => WriterLock.Acquire(new SqliteConnectionStringBuilder(connectionString).DataSource);
}
