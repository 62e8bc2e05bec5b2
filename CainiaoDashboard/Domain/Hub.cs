namespace CainiaoDashboard.Domain;

public enum HubKind
{
    SortingCentre = 0,
    Gateway = 1,
}

public sealed class Hub : ICodedEntity
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public HubKind Kind { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }

    /// <summary>IANA time zone of the hub, for local scan times.</summary>
    public required string TimeZoneId { get; set; }
}
