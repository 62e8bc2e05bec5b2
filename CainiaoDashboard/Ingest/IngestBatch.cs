namespace CainiaoDashboard.Ingest;

/// <summary>Everything the single writer commits in one transaction.</summary>
public sealed record IngestBatch(
    IReadOnlyList<ParcelRegistration> Parcels,
    IReadOnlyList<CarrierEvent> Events,
    IReadOnlyList<ComplaintFiling> Complaints)
{
    public static readonly IngestBatch Empty = new([], [], []);

    public int Size => Parcels.Count + Events.Count + Complaints.Count;
}

public sealed record IngestBatchResult(int Registered, EventOutcome[] Outcomes, ComplaintOutcome[] Complaints)
{
    public TouchedRollups Touched { get; init; } = TouchedRollups.None;
}

public enum ComplaintOutcome
{
    Filed,
    UnknownParcel,
}
