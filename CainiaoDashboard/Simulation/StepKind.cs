using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Simulation;

/// <summary>One planned thing in a parcel's life: a carrier scan, or a complaint.</summary>
internal enum StepKind : byte
{
    Create,
    PickedUp,
    ArrivedHub,
    DepartedHub,
    ExportCustoms,
    ImportCustomsHold,
    CustomsReleased,
    ArrivedCountry,
    Handover,
    OutForDelivery,
    PickupReady,
    FailedNotHome,
    FailedAddress,
    FailedRefused,
    FailedAccess,
    Signed,
    SignedNeighbour,
    SignedLocker,
    Collected,
    ExcCarrier,
    ExcShipper,
    ExcRecipient,
    ExcCustoms,
    ExcWeather,
    ExcOther,
    Return,
    Complaint,
}

/// <summary>The normalised meaning of each scan, and the code a carrier sends for it.</summary>
internal static class StepKinds
{
    public const int Count = (int)StepKind.Complaint + 1;

    private static readonly (ParcelStatus Status, ParcelSubStatus SubStatus, string Code)[] Meanings = BuildMeanings();

    public static ParcelStatus Status(StepKind kind) => Meanings[(int)kind].Status;

    public static ParcelSubStatus SubStatus(StepKind kind) => Meanings[(int)kind].SubStatus;

    public static string Code(StepKind kind) => Meanings[(int)kind].Code;

    public static bool IsAttempt(this StepKind kind) => kind is >= StepKind.FailedNotHome and <= StepKind.Collected;

    public static bool IsDelivered(this StepKind kind) => kind is >= StepKind.Signed and <= StepKind.Collected;

    public static bool IsException(this StepKind kind) => kind is >= StepKind.ExcCarrier and <= StepKind.ExcOther;

    public static bool IsEvent(this StepKind kind) => kind != StepKind.Complaint;

    private static (ParcelStatus, ParcelSubStatus, string)[] BuildMeanings()
    {
        var meanings = new (ParcelStatus, ParcelSubStatus, string)[Count];
        foreach (var kind in Enum.GetValues<StepKind>())
        {
            if (kind == StepKind.Complaint)
            {
                continue;
            }

            var (status, subStatus) = Normalised(kind);
            meanings[(int)kind] = (status, subStatus, CarrierStatusCodes.CodeFor(status, subStatus));
        }

        return meanings;
    }

    private static (ParcelStatus, ParcelSubStatus) Normalised(StepKind kind) => kind switch
    {
        StepKind.Create => (ParcelStatus.InfoReceived, ParcelSubStatus.None),
        StepKind.PickedUp => (ParcelStatus.PickedUp, ParcelSubStatus.None),
        StepKind.ArrivedHub => (ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub),
        StepKind.DepartedHub => (ParcelStatus.InTransit, ParcelSubStatus.DepartedHub),
        StepKind.ExportCustoms => (ParcelStatus.InTransit, ParcelSubStatus.ExportCustoms),
        StepKind.ImportCustomsHold => (ParcelStatus.InTransit, ParcelSubStatus.ImportCustomsHeld),
        StepKind.CustomsReleased => (ParcelStatus.InTransit, ParcelSubStatus.CustomsReleased),
        StepKind.ArrivedCountry => (ParcelStatus.InTransit, ParcelSubStatus.ArrivedDestinationCountry),
        StepKind.Handover => (ParcelStatus.InTransit, ParcelSubStatus.HandedOver),
        StepKind.OutForDelivery => (ParcelStatus.OutForDelivery, ParcelSubStatus.None),
        StepKind.PickupReady => (ParcelStatus.AvailableForPickup, ParcelSubStatus.None),
        StepKind.FailedNotHome => (ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome),
        StepKind.FailedAddress => (ParcelStatus.AttemptFailed, ParcelSubStatus.AddressProblem),
        StepKind.FailedRefused => (ParcelStatus.AttemptFailed, ParcelSubStatus.Refused),
        StepKind.FailedAccess => (ParcelStatus.AttemptFailed, ParcelSubStatus.NoAccess),
        StepKind.Signed => (ParcelStatus.Delivered, ParcelSubStatus.Signed),
        StepKind.SignedNeighbour => (ParcelStatus.Delivered, ParcelSubStatus.Neighbour),
        StepKind.SignedLocker => (ParcelStatus.Delivered, ParcelSubStatus.Locker),
        StepKind.Collected => (ParcelStatus.Delivered, ParcelSubStatus.Collected),
        StepKind.ExcCarrier => (ParcelStatus.Exception, ParcelSubStatus.CarrierIssue),
        StepKind.ExcShipper => (ParcelStatus.Exception, ParcelSubStatus.ShipperIssue),
        StepKind.ExcRecipient => (ParcelStatus.Exception, ParcelSubStatus.RecipientIssue),
        StepKind.ExcCustoms => (ParcelStatus.Exception, ParcelSubStatus.CustomsIssue),
        StepKind.ExcWeather => (ParcelStatus.Exception, ParcelSubStatus.Weather),
        StepKind.ExcOther => (ParcelStatus.Exception, ParcelSubStatus.OtherIssue),
        StepKind.Return => (ParcelStatus.ReturnToSender, ParcelSubStatus.None),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
