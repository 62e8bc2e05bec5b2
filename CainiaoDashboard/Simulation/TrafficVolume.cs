namespace CainiaoDashboard.Simulation;

/// <summary>How many parcels to expect in one minute: base volume shaped by the Chinese shopping day.</summary>
internal static class TrafficVolume
{
    /// <summary>Tracking numbers give each slot three digits of index.</summary>
    public const int MaxParcelsPerSlot = 999;

    public const double SinglesDayFactor = 1.8;
    public const double SurgeFactor = 3.0;

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8); // no daylight saving in China

    // Orders by China Standard Time hour: asleep at night, a late-morning peak and a bigger evening one.
    private static readonly double[] HourShape = Normalise(
    [
        0.55, 0.30, 0.18, 0.12, 0.10, 0.12, 0.25, 0.50, 0.85, 1.20, 1.50, 1.60,
        1.35, 1.20, 1.25, 1.30, 1.25, 1.15, 1.10, 1.30, 1.60, 1.75, 1.50, 1.00,
    ]);

    public static double HourFactor(int chinaHour) => HourShape[chinaHour];

    /// <summary>Averages 1 over a week.</summary>
    public static double WeekdayFactor(DayOfWeek day) => day is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.875 : 1.05;

    public static double ExpectedPerSlot(DateTime slotStartUtc, int parcelsPerDay, ScenarioSettings scenario)
    {
        var china = slotStartUtc + ChinaOffset;
        var expected = parcelsPerDay / 1440.0 * HourFactor(china.Hour) * WeekdayFactor(china.DayOfWeek);
        if (china is { Month: 11, Day: 11 })
        {
            expected *= SinglesDayFactor;
        }

        if (scenario.SinglesDaySurge)
        {
            expected *= SurgeFactor;
        }

        return expected * scenario.RateMultiplier;
    }

    private static double[] Normalise(double[] shape)
    {
        var mean = shape.Average();
        return shape.Select(x => x / mean).ToArray();
    }
}
