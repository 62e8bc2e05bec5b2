using CainiaoDashboard.Data;

namespace CainiaoDashboard.Ingest;

/// <summary>Opens the writer's dedicated connection; a singleton holding the resolved connection string.</summary>
/// <param name="timings">Where the writers record their stages' time (benchmarks); null in the dashboard.</param>
public sealed class IngestWriterFactory(string connectionString, StatementTimings? timings = null)
{
    public IngestWriter Create(int cachedParcels) => new(connectionString, cachedParcels, timings);
}
