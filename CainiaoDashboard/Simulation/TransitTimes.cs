using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

/// <summary>When a parcel is picked up and when it first reaches the door, before any disruption.</summary>
internal static class TransitTimes
{
    /// <summary>Singles'-Day-scale volume clogs the network.</summary>
    public const double SurgeSlowdown = 1.2;

    public static long PickUp(long createdTicks, int serviceLevelId, StableRandom rng)
    {
        var hours = serviceLevelId switch
        {
            ServiceLevels.SameDay => rng.Between(0.3, 1.5),
            ServiceLevels.NextDay => rng.Between(1, 5),
            ServiceLevels.Standard => rng.Between(2, 10),
            _ => rng.Between(3, 24),
        };
        var pickup = createdTicks + SimTime.Hours(hours);

        // Same-day couriers collect around the clock; the rest wait for the merchant's day.
        return serviceLevelId == ServiceLevels.SameDay
            ? pickup
            : WorkingHours.NextOpen(pickup, LogisticsNetwork.ChinaTime, DoorHours.Pickup, rng);
    }

    /// <summary>
    /// Time to first attempt as a log-normal share of the promise around the service's usual share, scaled by
    /// the carrier's pace so that its on-time tendency is one number; then moved to the nearest hour couriers
    /// work.
    /// </summary>
    public static long FirstAttempt(long createdTicks, long pickupTicks, int serviceLevelId, double pace, bool surge,
        TimeZoneInfo doorZone, StableRandom rng)
    {
        var crossBorder = serviceLevelId == ServiceLevels.CrossBorder;
        var (median, spread) = UsualShare(serviceLevelId);
        var share = median * pace * Math.Exp(spread * rng.NextGaussian()) * (surge ? SurgeSlowdown : 1.0);
        share = Math.Clamp(share, MinimumShare(serviceLevelId), crossBorder ? 1.25 : 2.0);

        var attempt = createdTicks + SimTime.Hours(LogisticsNetwork.PromiseHours(serviceLevelId) * share);
        var earliest = pickupTicks + SimTime.Hours(MinimumTransitHours(serviceLevelId));
        return WorkingHours.NearestOpen(Math.Max(attempt, earliest), earliest, doorZone, DoorHours.ForService(serviceLevelId), rng);
    }

    /// <summary>Median share of the promise to first attempt, and the log-normal spread around it.</summary>
    private static (double Median, double Spread) UsualShare(int serviceLevelId) => serviceLevelId switch
    {
        ServiceLevels.SameDay => (0.64, 0.20),
        ServiceLevels.NextDay => (0.64, 0.20),
        ServiceLevels.Standard => (0.76, 0.15),
        // Cross-border: a fifth of the partners' parcels or fewer miss the promise (see CarrierProfiles).
        _ => (0.80, 0.22),
    };

    private static double MinimumShare(int serviceLevelId) => serviceLevelId switch
    {
        ServiceLevels.SameDay => 0.30,
        ServiceLevels.NextDay => 0.40,
        ServiceLevels.Standard => 0.45,
        _ => 0.33,
    };

    private static double MinimumTransitHours(int serviceLevelId) => serviceLevelId switch
    {
        ServiceLevels.SameDay => 1.5,
        ServiceLevels.NextDay => 8,
        ServiceLevels.Standard => 20,
        _ => 120,
    };
}
