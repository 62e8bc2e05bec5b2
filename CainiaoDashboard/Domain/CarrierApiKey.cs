namespace CainiaoDashboard.Domain;

/// <summary>A carrier's key for the ingest API. Only a SHA-256 hash is stored; the key is shown once.</summary>
public sealed class CarrierApiKey
{
    public int Id { get; set; }
    public int CarrierId { get; set; }
    public required string KeyHash { get; set; }

    /// <summary>The first characters of the key, so an operator can tell keys apart.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
