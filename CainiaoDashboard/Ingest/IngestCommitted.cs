namespace CainiaoDashboard.Ingest;

/// <summary>Published once per committed batch, after the commit, with the events it accepted.</summary>
public sealed record IngestCommitted(
    DateTimeOffset CommittedAt,
    IReadOnlyList<CarrierEvent> AcceptedEvents,
    int RegisteredParcels,
    int FiledComplaints);
