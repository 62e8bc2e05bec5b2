namespace CainiaoDashboard.Domain;

public sealed class Carrier
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
}
