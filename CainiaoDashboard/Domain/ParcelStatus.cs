namespace CainiaoDashboard.Domain;

/// <summary>
/// Normalised parcel status. The numeric order is the lifecycle order used to refuse regressions: an event
/// with a lower rank than the parcel's current status never moves the parcel backwards (see
/// <see cref="ParcelStatusRules"/>). The carrier's raw code and text are always kept beside it.
/// "Stalled" and lateness are derived dimensions, never statuses.
/// </summary>
public enum ParcelStatus
{
    Pending = 0,

    /// <summary>
    /// Only ever an event's status: a carrier code with no mapping yet, stored with its raw code and text (never dropped,
    /// never guessed). It never changes the parcel; the admin page counts such codes per carrier.
    /// </summary>
    Unknown = 1,
    InfoReceived = 10,
    PickedUp = 20,
    InTransit = 30,
    AttemptFailed = 40,
    AvailableForPickup = 45,
    OutForDelivery = 50,
    Exception = 55,
    Delivered = 90,
    ReturnToSender = 95,
    Cancelled = 99,
}

/// <summary>Detail of InTransit, AttemptFailed, Delivered and Exception events.</summary>
public enum ParcelSubStatus
{
    None = 0,

    // InTransit
    ArrivedHub = 1,
    DepartedHub = 2,
    ExportCustoms = 3,
    ImportCustomsHeld = 4,
    CustomsReleased = 5,
    ArrivedDestinationCountry = 6,
    HandedOver = 7,

    // AttemptFailed
    NotHome = 20,
    AddressProblem = 21,
    Refused = 22,
    NoAccess = 23,

    // Delivered
    Signed = 40,
    Neighbour = 41,
    Locker = 42,
    Collected = 43,

    // Exception reason groups
    CarrierIssue = 60,
    ShipperIssue = 61,
    RecipientIssue = 62,
    CustomsIssue = 63,
    Weather = 64,
    OtherIssue = 65,
}

/// <summary>Lateness is a separate dimension from status; mixing the two double-counts in KPIs.</summary>
public enum Lateness
{
    OnTrack = 0,
    AtRisk = 1,
    Late = 2,
    Early = 3,
}
