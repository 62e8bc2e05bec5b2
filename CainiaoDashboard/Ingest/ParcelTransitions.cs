using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>How one accepted event changes a parcel's state. Pure: the writer stores the result.</summary>
internal static class ParcelTransitions
{
    public static ParcelState Apply(ParcelState parcel, CarrierEvent e)
    {
        var next = parcel;

        if (e.Status == ParcelStatus.PickedUp && (parcel.PickedUpUtc is null || e.EventUtc < parcel.PickedUpUtc))
        {
            next = next with { PickedUpUtc = e.EventUtc, OriginHubId = e.HubId };
        }

        if (e.Status == ParcelStatus.Exception && (parcel.FirstExceptionUtc is null || e.EventUtc < parcel.FirstExceptionUtc))
        {
            next = next with { FirstExceptionUtc = e.EventUtc };
        }

        if (e.Status.IsDeliveryAttempt())
        {
            next = next with { AttemptCount = parcel.AttemptCount + 1 };
            if (parcel.FirstAttemptUtc is null || e.EventUtc < parcel.FirstAttemptUtc)
            {
                next = next with { FirstAttemptUtc = e.EventUtc, DeliveryHubId = e.HubId };
            }
        }

        if (e.Status == ParcelStatus.Delivered && (parcel.DeliveredUtc is null || e.EventUtc < parcel.DeliveredUtc))
        {
            next = next with { DeliveredUtc = e.EventUtc };
        }

        // A hand-over gives the parcel to the partner whenever it arrives, so who holds the parcel does not depend on the
        // order scans arrive in, nor on whether the hand-over is dated before the courier's last scans.
        if (e.Handover is { } handover) next = next with { CarrierId = handover.CarrierId };

        // Lateness is stored once it is settled; for open parcels it follows the clock and is derived on read.
        if (next.DeliveredUtc is { } delivered)
        {
            next = next with { Lateness = LatenessRules.OfDelivered(delivered, next.CreatedUtc, next.PromisedUtc) };
        }

        if (ParcelStatusRules.Supersedes(parcel.Status, parcel.SubStatus, parcel.LastEventUtc, e.Status, e.SubStatus, e.EventUtc))
        {
            next = next with
            {
                Status = e.Status,
                SubStatus = e.SubStatus,
                LastEventUtc = e.EventUtc,
                // The superseding event's own hub (none if it has none), so the result does not depend on arrival order.
                LastHubId = e.HubId,
                EstimatedUtc = e.EstimatedDeliveryUtc ?? parcel.EstimatedUtc,
            };
        }

        return next;
    }
}
