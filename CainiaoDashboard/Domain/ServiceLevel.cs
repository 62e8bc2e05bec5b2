namespace CainiaoDashboard.Domain;

public sealed class ServiceLevel : ICodedEntity
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>Promise rule: the promised time is the order time plus this many hours.</summary>
    public int PromiseHours { get; set; }
}
