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
    /// Whether an event becomes the parcel's current status, chosen so that the result does not depend on
    /// the order events arrive in. A finishing event (delivered, returned, cancelled) always ends an
    /// unfinished parcel, even when it arrives late; among finishing events the earliest stands. Among
    /// unfinished statuses the newest event wins (exceptions and failed attempts may follow later steps),
    /// so a late-arriving older event is stored for the timeline but never moves the parcel backwards.
    /// Exact ties go to the later lifecycle step, then the higher sub-status. An unmapped code never supersedes.
    /// </summary>
    public static bool Supersedes(
        ParcelStatus currentStatus, ParcelSubStatus currentSubStatus, DateTime? currentEventUtc,
        ParcelStatus incomingStatus, ParcelSubStatus incomingSubStatus, DateTime incomingEventUtc)
    {
        if (incomingStatus == ParcelStatus.Unknown)
        {
            return false;
        }

        if (currentEventUtc is null)
        {
            return true;
        }

        if (currentStatus.IsFinal() != incomingStatus.IsFinal())
        {
            return incomingStatus.IsFinal();
        }

        if (incomingEventUtc != currentEventUtc.Value)
        {
            // Finished parcels keep their earliest finishing event; unfinished ones follow the newest.
            return currentStatus.IsFinal()
                ? incomingEventUtc < currentEventUtc.Value
                : incomingEventUtc > currentEventUtc.Value;
        }

        return (incomingStatus, incomingSubStatus).CompareTo((currentStatus, currentSubStatus)) > 0;
    }
}
