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

    // Parcels delivered after their promise, per party their lateness is counted against (LateParty's order), in the hour of delivery.
    LateDeliveredShipper,
    LateDeliveredCourier,
    LateDeliveredPartner,
    LateDeliveredCustoms,
    LateDeliveredRecipient,
    LateDeliveredWeather,

    /// <summary>First attempts after the promise whose lateness is the carrier's own (a courier's, or a partner's), in the hour of the attempt.</summary>
    OwnFaultLateFirstAttempts,
}

/// <summary>Counters of <see cref="DailyVolume"/>.</summary>
public enum DailyCounter
{
    Created,
    FirstAttempts,
    OnTimeFirstAttempts,
    Complaints,

    // First attempts after the promise, per party their lateness is counted against (LateParty's order), on the day of the attempt.
    LateFirstAttemptsShipper,
    LateFirstAttemptsCourier,
    LateFirstAttemptsPartner,
    LateFirstAttemptsCustoms,
    LateFirstAttemptsRecipient,
    LateFirstAttemptsWeather,
}

/// <summary>The party columns of <see cref="HourlyCounter"/>.</summary>
public static class HourlyCounters
{
    public static HourlyCounter LateDelivered(Domain.LateParty party) => HourlyCounter.LateDeliveredShipper + (int)party;
}

/// <summary>The party columns of <see cref="DailyCounter"/>.</summary>
public static class DailyCounters
{
    public static DailyCounter LateFirstAttempts(Domain.LateParty party) => DailyCounter.LateFirstAttemptsShipper + (int)party;
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
    LastScan,
}
