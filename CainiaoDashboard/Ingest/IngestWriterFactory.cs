namespace CainiaoDashboard.Ingest;

/// <summary>Opens the writer's dedicated connection; a singleton holding the resolved connection string.</summary>
public sealed class IngestWriterFactory(string connectionString)
{
    public IngestWriter Create() => new(connectionString);
}
