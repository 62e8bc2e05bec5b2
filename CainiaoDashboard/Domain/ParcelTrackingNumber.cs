namespace CainiaoDashboard.Domain;

/// <summary>One carrier's tracking number for a parcel; a cross-border parcel gets a second at hand-over.</summary>
public sealed class ParcelTrackingNumber
{
    public required string TrackingNumber { get; set; }
    public long ParcelId { get; set; }
    public int CarrierId { get; set; }
    public int Sequence { get; set; }
}
