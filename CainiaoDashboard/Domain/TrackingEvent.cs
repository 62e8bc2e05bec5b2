namespace CainiaoDashboard.Domain;

/// <summary>A carrier status update, stored once per (carrier, carrier event id).</summary>
public sealed class TrackingEvent
{
    public long Id { get; set; }
    public long ParcelId { get; set; }
    public int CarrierId { get; set; }
    public required string CarrierEventId { get; set; }
    public ParcelStatus Status { get; set; }
    public ParcelSubStatus SubStatus { get; set; }
    public required string RawCode { get; set; }
    public required string RawText { get; set; }
    public int? HubId { get; set; }
    public DateTime EventUtc { get; set; }
    public DateTime ReceivedUtc { get; set; }
}
