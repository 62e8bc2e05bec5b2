using System.Collections.Frozen;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// The status codes carriers send through the Cainiao tracking interface, and their normalised meaning.
/// Every carrier on the platform reports in this one code set (the platform's job is to normalise);
/// the carrier's own code and text are still stored with each event.
/// </summary>
public static class CarrierStatusCodes
{
    private static readonly FrozenDictionary<string, (ParcelStatus Status, ParcelSubStatus SubStatus)> Codes =
        new Dictionary<string, (ParcelStatus, ParcelSubStatus)>(StringComparer.OrdinalIgnoreCase)
        {
            ["CREATE"] = (ParcelStatus.InfoReceived, ParcelSubStatus.None),
            ["GOT"] = (ParcelStatus.PickedUp, ParcelSubStatus.None),
            ["ARRIVAL"] = (ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub),
            ["DEPARTURE"] = (ParcelStatus.InTransit, ParcelSubStatus.DepartedHub),
            ["EXPORT_CUSTOMS"] = (ParcelStatus.InTransit, ParcelSubStatus.ExportCustoms),
            ["IMPORT_CUSTOMS_HOLD"] = (ParcelStatus.InTransit, ParcelSubStatus.ImportCustomsHeld),
            ["CUSTOMS_RELEASED"] = (ParcelStatus.InTransit, ParcelSubStatus.CustomsReleased),
            ["ARRIVED_COUNTRY"] = (ParcelStatus.InTransit, ParcelSubStatus.ArrivedDestinationCountry),
            ["HANDOVER"] = (ParcelStatus.InTransit, ParcelSubStatus.HandedOver),
            ["SENT_SCAN"] = (ParcelStatus.OutForDelivery, ParcelSubStatus.None),
            ["PICKUP_READY"] = (ParcelStatus.AvailableForPickup, ParcelSubStatus.None),
            ["FAILED_NOT_HOME"] = (ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome),
            ["FAILED_ADDRESS"] = (ParcelStatus.AttemptFailed, ParcelSubStatus.AddressProblem),
            ["FAILED_REFUSED"] = (ParcelStatus.AttemptFailed, ParcelSubStatus.Refused),
            ["FAILED_ACCESS"] = (ParcelStatus.AttemptFailed, ParcelSubStatus.NoAccess),
            ["SIGN"] = (ParcelStatus.Delivered, ParcelSubStatus.Signed),
            ["SIGN_NEIGHBOUR"] = (ParcelStatus.Delivered, ParcelSubStatus.Neighbour),
            ["SIGN_LOCKER"] = (ParcelStatus.Delivered, ParcelSubStatus.Locker),
            ["SIGN_COLLECTED"] = (ParcelStatus.Delivered, ParcelSubStatus.Collected),
            ["EXC_CARRIER"] = (ParcelStatus.Exception, ParcelSubStatus.CarrierIssue),
            ["EXC_SHIPPER"] = (ParcelStatus.Exception, ParcelSubStatus.ShipperIssue),
            ["EXC_RECIPIENT"] = (ParcelStatus.Exception, ParcelSubStatus.RecipientIssue),
            ["EXC_CUSTOMS"] = (ParcelStatus.Exception, ParcelSubStatus.CustomsIssue),
            ["EXC_WEATHER"] = (ParcelStatus.Exception, ParcelSubStatus.Weather),
            ["EXC_OTHER"] = (ParcelStatus.Exception, ParcelSubStatus.OtherIssue),
            ["RETURN"] = (ParcelStatus.ReturnToSender, ParcelSubStatus.None),
            ["CANCEL"] = (ParcelStatus.Cancelled, ParcelSubStatus.None),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> All => Codes.Keys;

    public static bool TryNormalise(string code, out ParcelStatus status, out ParcelSubStatus subStatus)
    {
        if (Codes.TryGetValue(code, out var meaning))
        {
            (status, subStatus) = meaning;
            return true;
        }

        (status, subStatus) = (ParcelStatus.Pending, ParcelSubStatus.None);
        return false;
    }

    /// <summary>The code a carrier sends for a normalised status (used by the simulator).</summary>
    public static string CodeFor(ParcelStatus status, ParcelSubStatus subStatus) =>
        Codes.First(pair => pair.Value == (status, subStatus)).Key;
}
