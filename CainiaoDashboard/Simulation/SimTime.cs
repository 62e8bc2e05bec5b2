namespace CainiaoDashboard.Simulation;

/// <summary>Durations in ticks, rounded to whole seconds so that simulated scan times look like real ones.</summary>
internal static class SimTime
{
    public const long TicksPerMinute = TimeSpan.TicksPerMinute;

    public static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    public static long Seconds(double seconds) => (long)Math.Round(seconds) * TimeSpan.TicksPerSecond;

    public static long Minutes(double minutes) => Seconds(minutes * 60);

    public static long Hours(double hours) => Seconds(hours * 3600);

    public static double ToHours(long ticks) => (double)ticks / TimeSpan.TicksPerHour;

    /// <summary>The point a share of the way through a span, on a whole second.</summary>
    public static long Within(long start, long span, double share) => start + Seconds((double)span / TimeSpan.TicksPerSecond * share);

    public static long SlotOf(long ticks) => (ticks - UnixEpochTicks) / TicksPerMinute;

    public static long SlotStartTicks(long slot) => UnixEpochTicks + slot * TicksPerMinute;
}
