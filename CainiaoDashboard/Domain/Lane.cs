namespace CainiaoDashboard.Domain;

/// <summary>Origin region to destination region.</summary>
public sealed class Lane
{
    public int Id { get; set; }
    public int OriginRegionId { get; set; }
    public Region? OriginRegion { get; set; }
    public int DestinationRegionId { get; set; }
    public Region? DestinationRegion { get; set; }
    public bool IsCrossBorder { get; set; }
}
