namespace CainiaoDashboard.Domain;

public enum ComplaintCategory
{
    LateDelivery = 0,
    ImpoliteCourier = 1,
    Damaged = 2,
    Lost = 3,
    Misdelivered = 4,
    Other = 5,
}

public enum ComplaintState
{
    Open = 0,
    InProgress = 1,
    Resolved = 2,
    Rejected = 3,
}

public enum ContactChannel
{
    Phone = 0,
    Email = 1,
    Chat = 2,
    App = 3,
}

public sealed class Complaint
{
    public long Id { get; set; }
    public long ParcelId { get; set; }
    public int CarrierId { get; set; }

    // The rollup cell the complaint counts in, kept so a later change of validity can move the count.
    public int LaneId { get; set; }
    public int ServiceLevelId { get; set; }
    public int HubId { get; set; }

    public ComplaintCategory Category { get; set; }
    public ContactChannel ContactChannel { get; set; }

    /// <summary>May hold personal data: same masking rule as recipient details.</summary>
    public required string Description { get; set; }

    public ComplaintState State { get; set; }
    public bool IsValid { get; set; } = true;
    public DateTime OpenedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public DateTime? ResolvedUtc { get; set; }
    public required string OpenedBy { get; set; }
    public required string UpdatedBy { get; set; }

    /// <summary>The filer's key for this complaint (unique where set): a repeat with the same key is not filed again.</summary>
    public string? IdempotencyKey { get; set; }
}
