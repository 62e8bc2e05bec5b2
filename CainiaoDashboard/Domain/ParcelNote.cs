namespace CainiaoDashboard.Domain;

/// <summary>An internal note support staff keep on a parcel; never shown to customers.</summary>
public sealed class ParcelNote
{
    public long Id { get; set; }
    public long ParcelId { get; set; }
    public required string Text { get; set; }
    public DateTime CreatedUtc { get; set; }
    public required string CreatedBy { get; set; }
}
