using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// A change of a complaint's state and/or validity. Applied by the single writer with a history row; a
/// change of validity moves the complaint's rollup count in the same transaction.
/// </summary>
public sealed record ComplaintUpdate(
    long ComplaintId,
    ComplaintState State,
    bool IsValid,
    DateTime ChangedUtc,
    string ChangedBy);

public enum ComplaintUpdateOutcome
{
    Changed,
    Unchanged,
    UnknownComplaint,
}

/// <summary>An internal note on a parcel, by any of its tracking numbers.</summary>
public sealed record ParcelNoteFiling(string TrackingNumber, string Text, DateTime CreatedUtc, string CreatedBy);
