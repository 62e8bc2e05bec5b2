namespace CainiaoDashboard.Domain;

public static class ParcelStatusRules
{
    private static readonly Dictionary<ParcelSubStatus, ParcelStatus> SubStatusOwner = new()
    {
        [ParcelSubStatus.ArrivedHub] = ParcelStatus.InTransit,
        [ParcelSubStatus.DepartedHub] = ParcelStatus.InTransit,
        [ParcelSubStatus.ExportCustoms] = ParcelStatus.InTransit,
        [ParcelSubStatus.ImportCustomsHeld] = ParcelStatus.InTransit,
        [ParcelSubStatus.CustomsReleased] = ParcelStatus.InTransit,
        [ParcelSubStatus.ArrivedDestinationCountry] = ParcelStatus.InTransit,
        [ParcelSubStatus.HandedOver] = ParcelStatus.InTransit,
        [ParcelSubStatus.NotHome] = ParcelStatus.AttemptFailed,
        [ParcelSubStatus.AddressProblem] = ParcelStatus.AttemptFailed,
        [ParcelSubStatus.Refused] = ParcelStatus.AttemptFailed,
        [ParcelSubStatus.NoAccess] = ParcelStatus.AttemptFailed,
        [ParcelSubStatus.Signed] = ParcelStatus.Delivered,
        [ParcelSubStatus.Neighbour] = ParcelStatus.Delivered,
        [ParcelSubStatus.Locker] = ParcelStatus.Delivered,
        [ParcelSubStatus.Collected] = ParcelStatus.Delivered,
        [ParcelSubStatus.CarrierIssue] = ParcelStatus.Exception,
        [ParcelSubStatus.ShipperIssue] = ParcelStatus.Exception,
        [ParcelSubStatus.RecipientIssue] = ParcelStatus.Exception,
        [ParcelSubStatus.CustomsIssue] = ParcelStatus.Exception,
        [ParcelSubStatus.Weather] = ParcelStatus.Exception,
        [ParcelSubStatus.OtherIssue] = ParcelStatus.Exception,
    };

    /// <summary>Delivered, returned and cancelled parcels are finished: no later event reopens them.</summary>
    public static bool IsFinal(this ParcelStatus status) =>
        status is ParcelStatus.Delivered or ParcelStatus.ReturnToSender or ParcelStatus.Cancelled;

    /// <summary>An attempt at the door: counts for on-time and first-attempt KPIs.</summary>
    public static bool IsDeliveryAttempt(this ParcelStatus status) =>
        status is ParcelStatus.Delivered or ParcelStatus.AttemptFailed;

    public static bool IsInFlight(this ParcelStatus status) =>
        status is not (ParcelStatus.Pending or ParcelStatus.Delivered or ParcelStatus.ReturnToSender or ParcelStatus.Cancelled);

    /// <summary>True when the sub-status belongs to the status (None fits every status).</summary>
    public static bool Fits(this ParcelSubStatus subStatus, ParcelStatus status) =>
        subStatus == ParcelSubStatus.None || (SubStatusOwner.TryGetValue(subStatus, out var owner) && owner == status);

    /// <summary>
    /// Whether an event may become the parcel's current status. A finished parcel never changes; otherwise
    /// a newer event (by event time) replaces the current one, and an older, late-arriving event is
    /// stored for the timeline only. Exceptions and failed attempts may follow later steps, so recency,
    /// not rank, decides among unfinished statuses; rank only breaks ties at the same instant.
    /// </summary>
    public static bool Supersedes(ParcelStatus currentStatus, DateTime? currentEventUtc, ParcelStatus incomingStatus, DateTime incomingEventUtc)
    {
        if (currentStatus.IsFinal())
        {
            return false;
        }

        if (currentEventUtc is null)
        {
            return true;
        }

        return incomingEventUtc > currentEventUtc.Value
            || (incomingEventUtc == currentEventUtc.Value && incomingStatus > currentStatus);
    }
}
