namespace CainiaoDashboard.Rollups;

/// <summary>
/// Transit-time histogram buckets: 15-minute steps up to 12 hours (same-day), hourly up to 4 days
/// (next-day, standard), then 6-hourly up to 30 days (cross-border). Percentiles read back the bucket's
/// upper bound, so the error is at most one bucket width.
/// </summary>
public static class TransitBuckets
{
    private const int QuarterHourBuckets = 48;          // 0 - 12 h
    private const int HourlyBuckets = 96 - 12;          // 12 h - 4 d
    private const int SixHourlyBuckets = (30 - 4) * 4;  // 4 d - 30 d

    public const int Count = QuarterHourBuckets + HourlyBuckets + SixHourlyBuckets + 1;

    public static int BucketOf(TimeSpan transit)
    {
        var minutes = Math.Max(0, transit.TotalMinutes);
        if (minutes < 12 * 60) return (int)(minutes / 15);
        if (minutes < 96 * 60) return QuarterHourBuckets + (int)((minutes - 12 * 60) / 60);
        if (minutes < 30 * 24 * 60) return QuarterHourBuckets + HourlyBuckets + (int)((minutes - 96 * 60) / 360);
        return Count - 1;
    }

    public static TimeSpan UpperBoundOf(int bucket)
    {
        if (bucket < QuarterHourBuckets) return TimeSpan.FromMinutes((bucket + 1) * 15);
        if (bucket < QuarterHourBuckets + HourlyBuckets) return TimeSpan.FromHours(12 + bucket - QuarterHourBuckets + 1);
        // The overflow bucket (30 days and more) reads as one step beyond the cap.
        return TimeSpan.FromHours(96 + (bucket - QuarterHourBuckets - HourlyBuckets + 1) * 6);
    }

    /// <summary>The transit time at or below which <paramref name="percentile"/> of the parcels arrived.</summary>
    public static TimeSpan? Percentile(IReadOnlyDictionary<int, long> histogram, double percentile)
    {
        var total = histogram.Values.Sum();
        if (total == 0) return null;
        var rank = (long)Math.Ceiling(percentile * total);
        long seen = 0;
        foreach (var (bucket, parcels) in histogram.OrderBy(pair => pair.Key))
        {
            seen += parcels;
            if (seen >= Math.Max(rank, 1)) return UpperBoundOf(bucket);
        }

        return UpperBoundOf(histogram.Keys.Max());
    }
}
