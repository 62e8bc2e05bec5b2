using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>A validated, normalised status update on its way into the single writer.</summary>
public sealed record CarrierEvent(
    int CarrierId,
    string CarrierEventId,
    string TrackingNumber,
    ParcelStatus Status,
    ParcelSubStatus SubStatus,
    string RawCode,
    string RawText,
    int? HubId,
    DateTime EventUtc)
{
    /// <summary>Set on a hand-over: the partner carrier that takes the parcel, and its tracking number.</summary>
    public Handover? Handover { get; init; }

    /// <summary>The carrier's estimated delivery as of this scan, where its format carries one: kept when the scan is the parcel's newest.</summary>
    public DateTime? EstimatedDeliveryUtc { get; init; }
}

public sealed record Handover(int CarrierId, string TrackingNumber);
