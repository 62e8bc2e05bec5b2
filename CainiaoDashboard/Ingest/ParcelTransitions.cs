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
            next = next with { PickedUpUtc = e.EventUtc };
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
                next = next with { FirstAttemptUtc = e.EventUtc };
            }
        }

        if (e.Status == ParcelStatus.Delivered && (parcel.DeliveredUtc is null || e.EventUtc < parcel.DeliveredUtc))
        {
            next = next with { DeliveredUtc = e.EventUtc };
        }

        if (ParcelStatusRules.Supersedes(parcel.Status, parcel.SubStatus, parcel.LastEventUtc, e.Status, e.SubStatus, e.EventUtc))
        {
            next = next with
            {
                Status = e.Status,
                SubStatus = e.SubStatus,
                LastEventUtc = e.EventUtc,
                LastHubId = e.HubId ?? parcel.LastHubId,
                CarrierId = e.Handover?.CarrierId ?? parcel.CarrierId,
            };
        }

        return next;
    }
}
