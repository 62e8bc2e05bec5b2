namespace CainiaoDashboard.Ingest;

/// <summary>Published once per committed batch, after the commit.</summary>
public sealed record IngestCommitted(DateTimeOffset CommittedAt, int AcceptedEvents, int RegisteredParcels);
