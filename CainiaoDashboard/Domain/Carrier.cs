namespace CainiaoDashboard.Domain;

public enum CarrierScope
{
    /// <summary>Cainiao Alliance couriers inside China (ZTO, STO, YTO Express).</summary>
    Domestic = 0,

    /// <summary>Partners that take cross-border parcels over at a gateway (USPS, Singapore Post, Correos).</summary>
    CrossBorderPartner = 1,
}

public sealed class Carrier : ICodedEntity
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public CarrierScope Scope { get; set; }
}
