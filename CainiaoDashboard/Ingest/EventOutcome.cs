namespace CainiaoDashboard.Ingest;

public enum EventOutcome
{
    Accepted,
    Duplicate,
    UnknownParcel,
    OtherCarriersParcel,

    /// <summary>A hand-over to a carrier that is not a hand-over partner of the parcel's lane (or is the sender itself).</summary>
    HandoverPartnerNotAllowed,

    /// <summary>A hand-over under a tracking number that already belongs to another parcel or carrier.</summary>
    HandoverNumberTaken,

    /// <summary>A hand-over to another partner or number than the parcel's earlier hand-over.</summary>
    HandoverConflict,

    /// <summary>Dated more than <see cref="IngestWriter.RegistrationTolerance"/> before the parcel was registered; not stored.</summary>
    BeforeRegistration,
}
