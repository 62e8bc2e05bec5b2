namespace CainiaoDashboard.Domain;

/// <summary>The sales channel the order came from: Tmall, Taobao, AliExpress, Tmall Global.</summary>
public sealed class Channel : ICodedEntity
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
