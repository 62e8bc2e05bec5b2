namespace CainiaoDashboard.Domain;

/// <summary>
/// A later delivery promise the order system sent for a registered parcel. The parcel keeps its original promise, which
/// the on-time KPIs count against; the changes are the parcel's history of what the customer was told since.
/// </summary>
public sealed class PromiseChange
{
    public long Id { get; set; }
    public long ParcelId { get; set; }

    /// <summary>The new promise.</summary>
    public DateTime PromisedUtc { get; set; }

    public DateTime RecordedUtc { get; set; }
}
