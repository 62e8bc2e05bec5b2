namespace CainiaoDashboard.Ingest;

/// <summary>A parcel announced by the shipper (order placed), before any carrier scan.</summary>
public sealed record ParcelRegistration(
    string TrackingNumber,
    int CarrierId,
    int LaneId,
    int ServiceLevelId,
    int ChannelId,
    DateTime CreatedUtc,
    DateTime PromisedUtc,
    string RecipientName,
    string RecipientPhone,
    string RecipientAddress);
