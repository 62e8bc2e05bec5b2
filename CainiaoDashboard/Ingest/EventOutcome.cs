namespace CainiaoDashboard.Ingest;

public enum EventOutcome
{
    Accepted,
    Duplicate,
    UnknownParcel,
    OtherCarriersParcel,

    /// <summary>Dated more than <see cref="IngestWriter.RegistrationTolerance"/> before the parcel was registered; not stored.</summary>
    BeforeRegistration,
}
