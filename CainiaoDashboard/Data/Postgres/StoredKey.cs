namespace CainiaoDashboard.Data.Postgres;

/// <summary>One key of ASP.NET Core's data-protection key ring (sign-in cookies, antiforgery), kept in the shared database.</summary>
public sealed class StoredKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
