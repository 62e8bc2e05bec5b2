namespace CainiaoDashboard.Domain;

/// <summary>Reference data known by a short code (ZTO, HGH, SAME_DAY) and a display name.</summary>
public interface ICodedEntity
{
    string Code { get; }
    string Name { get; }
}
