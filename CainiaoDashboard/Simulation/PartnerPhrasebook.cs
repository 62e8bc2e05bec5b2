using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

/// <summary>Scan texts of the cross-border partners, in English, in each one's wording. {0} is the city.</summary>
internal static class PartnerPhrasebook
{
    public static string Text(int carrierId, StepKind kind, int hubId, int variant)
    {
        var template = carrierId switch
        {
            Carriers.Usps => Usps(kind, variant),
            Carriers.SingPost => SingPost(kind),
            _ => Correos(kind),
        };
        return string.Format(template, HubNames.English(hubId));
    }

    private static string Usps(StepKind kind, int variant) => kind switch
    {
        StepKind.ArrivedHub => "Accepted at USPS Regional Origin Facility, {0} INTERNATIONAL DISTRIBUTION CENTER",
        StepKind.OutForDelivery => "Out for Delivery, Expected Delivery by 9:00pm",
        StepKind.PickupReady => "Available for Pickup at Post Office",
        StepKind.Signed => (variant % 3) switch
        {
            0 => "Delivered, Front Door/Porch",
            1 => "Delivered, In/At Mailbox",
            _ => "Delivered, Left with Individual",
        },
        StepKind.SignedNeighbour => "Delivered, Left with Neighbor",
        StepKind.SignedLocker => "Delivered, Parcel Locker",
        StepKind.Collected => "Delivered, Individual Picked Up at Post Office",
        StepKind.FailedNotHome => "Notice Left (No Authorized Recipient Available)",
        StepKind.FailedAddress => "Undeliverable as Addressed",
        StepKind.FailedRefused => "Refused",
        StepKind.FailedAccess => "No Access to Delivery Location",
        StepKind.ExcCarrier => "In Transit, Arriving Late",
        StepKind.ExcRecipient => "Addressee Request, Delivery Rescheduled",
        StepKind.ExcWeather => "Delivery Exception, Weather Delay",
        StepKind.ExcOther => "Delivery Exception, Other",
        StepKind.Return => "Return to Sender Processed",
        _ => StepKinds.Code(kind),
    };

    private static string SingPost(StepKind kind) => kind switch
    {
        StepKind.ArrivedHub => "Item received at {0} partner hub",
        StepKind.OutForDelivery => "Item is out for delivery",
        StepKind.PickupReady => "Item available for collection at POPStation",
        StepKind.Signed => "Item delivered to recipient",
        StepKind.SignedNeighbour => "Item delivered - received by neighbour",
        StepKind.SignedLocker => "Item delivered to parcel locker",
        StepKind.Collected => "Item collected by recipient",
        StepKind.FailedNotHome => "Unsuccessful delivery - addressee not available",
        StepKind.FailedAddress => "Unsuccessful delivery - incomplete address",
        StepKind.FailedRefused => "Item refused by addressee",
        StepKind.FailedAccess => "Unsuccessful delivery - no access to premises",
        StepKind.ExcCarrier => "Item delayed - operational issue",
        StepKind.ExcRecipient => "Item delayed - recipient contact required",
        StepKind.ExcWeather => "Item delayed due to weather conditions",
        StepKind.ExcOther => "Item delayed",
        StepKind.Return => "Item returned to sender",
        _ => StepKinds.Code(kind),
    };

    private static string Correos(StepKind kind) => kind switch
    {
        StepKind.ArrivedHub => "Arrived at the {0} logistics centre",
        StepKind.OutForDelivery => "Out for delivery",
        StepKind.PickupReady => "Available for collection at your post office",
        StepKind.Signed => "Delivered",
        StepKind.SignedNeighbour => "Delivered to a neighbour",
        StepKind.SignedLocker => "Delivered to Citypaq locker",
        StepKind.Collected => "Collected at post office",
        StepKind.FailedNotHome => "Delivery attempt failed: addressee absent",
        StepKind.FailedAddress => "Delivery attempt failed: incorrect address",
        StepKind.FailedRefused => "Refused by addressee",
        StepKind.FailedAccess => "Delivery attempt failed: no access",
        StepKind.ExcCarrier => "Delayed in the logistics network",
        StepKind.ExcRecipient => "Incident: pending contact with the addressee",
        StepKind.ExcWeather => "Delayed by weather conditions",
        StepKind.ExcOther => "Incident in delivery",
        StepKind.Return => "Returned to sender",
        _ => StepKinds.Code(kind),
    };
}
