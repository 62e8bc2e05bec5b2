namespace CainiaoDashboard.Rollups;

/// <summary>
/// The rollup buckets a committed batch changed: hourly buckets and transit-histogram days. Readers that cache
/// rollups re-read only these instead of their whole window (late events may touch old buckets).
/// </summary>
public sealed record TouchedRollups(IReadOnlySet<long> Hours, IReadOnlySet<long> TransitDays)
{
    public static readonly TouchedRollups None = new(new HashSet<long>(), new HashSet<long>());

    /// <summary>
    /// Within <see cref="TransitDays"/>, the routes whose histograms changed, when the commit's writer listed them (its
    /// own instance's commits); null when only the days are known (another instance's), and whole days are read again.
    /// A live commit delivers a few dozen parcels into a day that holds thousands of histogram rows.
    /// </summary>
    public IReadOnlySet<TransitRoute>? TransitRoutes { get; init; }

    public bool IsEmpty => Hours.Count == 0 && TransitDays.Count == 0;
}

/// <summary>The transit histogram of one delivery day, carrier, lane and service level: a range of its table's key.</summary>
public readonly record struct TransitRoute(long Day, int CarrierId, int LaneId, int ServiceLevelId);
