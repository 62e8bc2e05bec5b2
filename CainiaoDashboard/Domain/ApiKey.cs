namespace CainiaoDashboard.Domain;

/// <summary>Who a key lets in, and so which doors it opens.</summary>
public enum ApiKeyKind
{
    /// <summary>A carrier posting its own parcels' scans.</summary>
    Carrier = 0,

    /// <summary>A platform system (the marketplaces' order systems, customer service) registering parcels and filing complaints.</summary>
    Platform = 1,
}

/// <summary>A key for the ingest API. Only a SHA-256 hash is stored; the key is shown once.</summary>
public sealed class ApiKey
{
    /// <summary>Short enough to prefix a platform's complaint ids in the complaints' idempotency keys (see ComplaintRules).</summary>
    public const int MaxPlatformNameLength = 32;

    public int Id { get; set; }

    public ApiKeyKind Kind { get; set; }

    /// <summary>The carrier of a carrier key; null for a platform key.</summary>
    public int? CarrierId { get; set; }

    /// <summary>The system a platform key is for ("Tmall orders"); null for a carrier key.</summary>
    public string? PlatformName { get; set; }

    public required string KeyHash { get; set; }

    /// <summary>The first characters of the key, so an operator can tell keys apart.</summary>
    public required string Prefix { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
}
