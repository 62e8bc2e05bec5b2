using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;

namespace CainiaoDashboard.Features.Overview;

/// <summary>Settings under <c>Kpi</c> in appsettings.json.</summary>
public sealed class KpiOptions
{
    public const string Section = "Kpi";

    /// <summary>
    /// An in-flight parcel is stalled after this many hours without a scan, per service level code: the
    /// usual longest gap between two scans on that service (about the 95th percentile of the network's gaps).
    /// </summary>
    public Dictionary<string, double> StalledAfterHours { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SAME_DAY"] = 4,
        ["NEXT_DAY"] = 12,
        ["STANDARD"] = 30,
        ["CROSS_BORDER"] = 120,
    };

    public TimeSpan StalledAfter(string serviceLevelCode) =>
        TimeSpan.FromHours(StalledAfterHours.TryGetValue(serviceLevelCode, out var hours) && hours > 0 ? hours : 24);

    /// <summary>
    /// An in-flight parcel whose last scan is before this instant is stalled: the start of the hour its service's threshold
    /// before <paramref name="nowUtc"/> falls in. The stalled counts are kept per hour of last scan (<c>LastScanCounts</c>),
    /// so a parcel counts as stalled from the first full hour after its threshold, in the overview, the lists and the
    /// exports alike.
    /// </summary>
    public DateTime StalledBefore(string serviceLevelCode, DateTime nowUtc) =>
        OperationsCalendar.StartOfHour(StalledBeforeHour(serviceLevelCode, nowUtc));

    /// <summary>The rollup hour of <see cref="StalledBefore"/>: last-scan hours before it are stalled.</summary>
    public long StalledBeforeHour(string serviceLevelCode, DateTime nowUtc) => RollupDelta.HourOf(nowUtc - StalledAfter(serviceLevelCode));
}
