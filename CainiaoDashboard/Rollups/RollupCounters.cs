namespace CainiaoDashboard.Rollups;

/// <summary>Counters of <see cref="HourlyRollup"/>, one column each.</summary>
public enum HourlyCounter
{
    Events,
    HubDepartures,
    Created,
    PickedUp,
    FirstAttempts,
    OnTimeFirstAttempts,
    FirstAttemptDelivered,
    Delivered,
    ExceptionParcels,
    Complaints,
}

/// <summary>Counters of <see cref="DailyVolume"/>.</summary>
public enum DailyCounter
{
    Created,
    FirstAttempts,
    OnTimeFirstAttempts,
    Complaints,
}

/// <summary>Counters of <see cref="DailyFlow"/>.</summary>
public enum FlowCounter
{
    Parcels,
    FirstAttempts,
    OnTimeFirstAttempts,
    Delivered,
}

internal enum RollupTable
{
    Hourly,
    Transit,
    Status,
    Daily,
    Flow,
    FlowTransit,
}
