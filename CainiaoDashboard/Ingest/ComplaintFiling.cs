using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// A complaint logged against a parcel (by support staff or the simulator). Goes through the ingest
/// pipeline so the complaint row and its rollup counter are written in one transaction.
/// </summary>
/// <param name="IdempotencyKey">
/// Optional, chosen by the client: a filing whose key is already stored is not filed again (see
/// <see cref="ComplaintOutcome.Duplicate"/> and <see cref="ComplaintOutcome.Conflict"/>).
/// </param>
public sealed record ComplaintFiling(
    string TrackingNumber,
    ComplaintCategory Category,
    ContactChannel ContactChannel,
    string Description,
    DateTime OpenedUtc,
    string FiledBy,
    string? IdempotencyKey = null);
