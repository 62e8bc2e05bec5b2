using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>How one accepted event changes a parcel's state. Pure: the writer stores the result.</summary>
internal static class ParcelTransitions
{
    /// <remarks>The new values are worked out first and copied into one new state: a copy per rule that applied was up to
    /// five short-lived copies of the parcel per scan.</remarks>
    public static ParcelState Apply(ParcelState parcel, CarrierEvent e)
    {
        var (pickedUp, originHub) = (parcel.PickedUpUtc, parcel.OriginHubId);
        if (e.Status == ParcelStatus.PickedUp && (pickedUp is null || e.EventUtc < pickedUp)) (pickedUp, originHub) = (e.EventUtc, e.HubId);

        var firstException = parcel.FirstExceptionUtc;
        if (e.Status == ParcelStatus.Exception && (firstException is null || e.EventUtc < firstException)) firstException = e.EventUtc;

        var (attempts, firstAttempt, deliveryHub) = (parcel.AttemptCount, parcel.FirstAttemptUtc, parcel.DeliveryHubId);
        if (e.Status.IsDeliveryAttempt())
        {
            attempts++;
            if (firstAttempt is null || e.EventUtc < firstAttempt) (firstAttempt, deliveryHub) = (e.EventUtc, e.HubId);
        }

        var delivered = parcel.DeliveredUtc;
        if (e.Status == ParcelStatus.Delivered && (delivered is null || e.EventUtc < delivered)) delivered = e.EventUtc;

        // A hand-over gives the parcel to the partner whenever it arrives, so who holds the parcel does not depend on the
        // order scans arrive in, nor on whether the hand-over is dated before the courier's last scans.
        var carrier = e.Handover?.CarrierId ?? parcel.CarrierId;

        // Lateness is stored once it is settled; for open parcels it follows the clock and is derived on read.
        var lateness = delivered is { } settled ? LatenessRules.OfDelivered(settled, parcel.CreatedUtc, parcel.PromisedUtc) : parcel.Lateness;

        var (status, subStatus, lastEvent, lastHub, estimated) = (parcel.Status, parcel.SubStatus, parcel.LastEventUtc, parcel.LastHubId, parcel.EstimatedUtc);
        if (ParcelStatusRules.Supersedes(parcel.Status, parcel.SubStatus, parcel.LastEventUtc, e.Status, e.SubStatus, e.EventUtc))
        {
            // The superseding event's own hub (none if it has none), so the result does not depend on arrival order.
            (status, subStatus, lastEvent, lastHub, estimated) = (e.Status, e.SubStatus, e.EventUtc, e.HubId, e.EstimatedDeliveryUtc ?? parcel.EstimatedUtc);
        }

        return parcel with
        {
            PickedUpUtc = pickedUp, OriginHubId = originHub, FirstExceptionUtc = firstException, AttemptCount = attempts,
            FirstAttemptUtc = firstAttempt, DeliveryHubId = deliveryHub, DeliveredUtc = delivered, CarrierId = carrier, Lateness = lateness,
            Status = status, SubStatus = subStatus, LastEventUtc = lastEvent, LastHubId = lastHub, EstimatedUtc = estimated,
        };
    }
}
