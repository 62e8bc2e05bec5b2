using CainiaoDashboard.Rollups;
namespace CainiaoDashboard.Ingest;

/// <summary>Everything the single writer commits in one transaction.</summary>
public sealed record IngestBatch(
    IReadOnlyList<ParcelRegistration> Parcels,
    IReadOnlyList<CarrierEvent> Events,
    IReadOnlyList<ComplaintFiling> Complaints)
{
    public static readonly IngestBatch Empty = new([], [], []);

    /// <summary>Support staff's changes of complaint state or validity, applied after the new complaints.</summary>
    public IReadOnlyList<ComplaintUpdate> ComplaintUpdates { get; init; } = [];

    /// <summary>Internal notes on parcels.</summary>
    public IReadOnlyList<ParcelNoteFiling> Notes { get; init; } = [];

    public int Size => Parcels.Count + Events.Count + Complaints.Count + ComplaintUpdates.Count + Notes.Count;
}

public sealed record IngestBatchResult(int Registered, EventOutcome[] Outcomes, ComplaintOutcome[] Complaints)
{
    public TouchedRollups Touched { get; init; } = TouchedRollups.None;
    public ComplaintUpdateOutcome[] ComplaintUpdates { get; init; } = [];

    /// <summary>One result per registration of the batch, in order.</summary>
    public RegistrationResult[] Registrations { get; init; } = [];
    public ComplaintOutcome[] Notes { get; init; } = [];

    /// <summary>Parcels whose complaints or notes changed in this batch.</summary>
    public IReadOnlyList<long> SupportParcelIds { get; init; } = [];
}

public enum ComplaintOutcome
{
    Filed,
    UnknownParcel,

    /// <summary>A complaint with the same idempotency key and the same content is stored already; nothing new was filed.</summary>
    Duplicate,

    /// <summary>The idempotency key is stored already with a different parcel, category, channel, description or filer; nothing was filed.</summary>
    Conflict,
}
