namespace CainiaoDashboard.Domain;

public sealed class Region : ICodedEntity
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    public required string CountryCode { get; set; }
}
