namespace CainiaoDashboard.Ingest;

public enum EventOutcome
{
    Accepted,
    Duplicate,
    UnknownParcel,
    OtherCarriersParcel,
}
