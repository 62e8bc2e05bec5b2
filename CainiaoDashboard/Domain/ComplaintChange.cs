namespace CainiaoDashboard.Domain;

/// <summary>One change of a complaint's state or validity: who made it, when, and the values before and after.</summary>
public sealed class ComplaintChange
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public DateTime ChangedUtc { get; set; }
    public required string ChangedBy { get; set; }
    public ComplaintState FromState { get; set; }
    public ComplaintState ToState { get; set; }
    public bool FromValid { get; set; }
    public bool ToValid { get; set; }
}
