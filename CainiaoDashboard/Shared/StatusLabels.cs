using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Shared;

/// <summary>Readable names for the normalised statuses.</summary>
public static class StatusLabels
{
    public static string Of(ParcelStatus status, ParcelSubStatus subStatus = ParcelSubStatus.None) => Labels.Of(English(status, subStatus));

    /// <summary>The English name, which is also the key of its translations.</summary>
    public static string English(ParcelStatus status, ParcelSubStatus subStatus = ParcelSubStatus.None) => subStatus switch
    {
        ParcelSubStatus.None => English(status),
        ParcelSubStatus.ArrivedHub => "Arrived at hub",
        ParcelSubStatus.DepartedHub => "Departed hub",
        ParcelSubStatus.ExportCustoms => "Export customs",
        ParcelSubStatus.ImportCustomsHeld => "Held in import customs",
        ParcelSubStatus.CustomsReleased => "Released by customs",
        ParcelSubStatus.ArrivedDestinationCountry => "Arrived in destination country",
        ParcelSubStatus.HandedOver => "Handed over to partner",
        ParcelSubStatus.NotHome => "Attempt failed: not home",
        ParcelSubStatus.AddressProblem => "Attempt failed: address",
        ParcelSubStatus.Refused => "Attempt failed: refused",
        ParcelSubStatus.NoAccess => "Attempt failed: no access",
        ParcelSubStatus.Signed => "Delivered: signed",
        ParcelSubStatus.Neighbour => "Delivered to neighbour",
        ParcelSubStatus.Locker => "Delivered to locker",
        ParcelSubStatus.Collected => "Collected",
        ParcelSubStatus.CarrierIssue => "Exception: carrier",
        ParcelSubStatus.ShipperIssue => "Exception: shipper",
        ParcelSubStatus.RecipientIssue => "Exception: recipient",
        ParcelSubStatus.CustomsIssue => "Exception: customs",
        ParcelSubStatus.Weather => "Exception: weather",
        ParcelSubStatus.OtherIssue => "Exception",
        _ => English(status),
    };

    private static string English(ParcelStatus status) => status switch
    {
        ParcelStatus.Pending => "Pending",
        ParcelStatus.Unknown => "Unmapped carrier code",
        ParcelStatus.InfoReceived => "Info received",
        ParcelStatus.PickedUp => "Picked up",
        ParcelStatus.InTransit => "In transit",
        ParcelStatus.AttemptFailed => "Attempt failed",
        ParcelStatus.AvailableForPickup => "Ready for pick-up",
        ParcelStatus.OutForDelivery => "Out for delivery",
        ParcelStatus.Exception => "Exception",
        ParcelStatus.Delivered => "Delivered",
        ParcelStatus.ReturnToSender => "Returned to sender",
        ParcelStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
