using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// A complaint logged against a parcel (by support staff or the simulator). Goes through the ingest
/// pipeline so the complaint row and its rollup counter are written in one transaction.
/// </summary>
public sealed record ComplaintFiling(
    string TrackingNumber,
    ComplaintCategory Category,
    ContactChannel ContactChannel,
    string Description,
    DateTime OpenedUtc,
    string FiledBy);
