namespace CainiaoDashboard.Rollups;

/// <summary>
/// The rollup buckets a committed batch changed: hourly buckets and transit-histogram days. Readers that cache
/// rollups re-read only these instead of their whole window (late events may touch old buckets).
/// </summary>
public sealed record TouchedRollups(IReadOnlySet<long> Hours, IReadOnlySet<long> TransitDays)
{
    public static readonly TouchedRollups None = new(new HashSet<long>(), new HashSet<long>());

    public bool IsEmpty => Hours.Count == 0 && TransitDays.Count == 0;
}
