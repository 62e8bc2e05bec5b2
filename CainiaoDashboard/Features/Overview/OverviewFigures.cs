using System.Globalization;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
namespace CainiaoDashboard.Features.Overview;

/// <summary>What the overview page shows for one snapshot and one filter. Rates are 0-1; null means no data yet.</summary>
public sealed record OverviewFigures(
    DateTime AsOfUtc,
    IReadOnlyList<KpiFigure> Kpis,
    IReadOnlyList<RateByKey> OnTimeByCarrier,
    IReadOnlyList<RateByKey> OnTimeByService,
    IReadOnlyList<TransitByCarrier> TransitByCarrier,
    IReadOnlyList<HourlyThroughput> Throughput,
    IReadOnlyList<HubHealth> Hubs,
    IReadOnlyList<OperationsAlert> Alerts,
    LateByParty LateByParty);

/// <summary>Late parcels per party their lateness is counted against (<see cref="Domain.LateParties"/>).</summary>
/// <param name="OpenPastPromise">Open parcels past their promise now.</param>
/// <param name="OpenWithoutParty">Open parcels past their promise stored without a party (none once a database is upgraded).</param>
/// <param name="DeliveredLateToday">Parcels delivered after their promise today (CST).</param>
public sealed record LateByParty(PartyCounts OpenPastPromise, long OpenWithoutParty, PartyCounts DeliveredLateToday);

public enum KpiUnit
{
    Count,
    Rate,
    Per10k,
}

/// <param name="Name">Stable key, used in <c>data-kpi</c>.</param>
/// <param name="Previous">The same figure at the same time yesterday, when known.</param>
/// <param name="Sparkline">Hourly values for the last 24 hours, oldest first.</param>
/// <param name="HigherIsBetter">Whether a rise is good news (colours the change).</param>
/// <remarks>Its title and formula are the reader's words: <see cref="KpiTexts"/>.</remarks>
public sealed record KpiFigure(
    string Name, double? Value, double? Previous, KpiUnit Unit, bool HigherIsBetter,
    IReadOnlyList<double?> Sparkline, ParcelListFilter DrillDown)
{
    // Made once per figure, so every page showing it keeps the same strings in its render tree.

    /// <summary>The value in invariant culture, exact (<c>data-value</c>); empty without a value.</summary>
    public string InvariantValue { get; } = Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>The address of the parcel list behind the figure.</summary>
    public string DrillDownUrl { get; } = DrillDown.ToUrl();
}

/// <param name="OwnFaultLate">For carriers: the late first attempts whose lateness was the carrier's own; null where that means nothing.</param>
public sealed record RateByKey(int Id, string Code, string Label, long Numerator, long Denominator, long? OwnFaultLate = null)
{
    public double? Rate => Denominator == 0 ? null : (double)Numerator / Denominator;

    /// <summary>On time, own fault only: first attempts not made late by the carrier itself ÷ first attempts.</summary>
    public double? OwnFaultRate => Denominator == 0 || OwnFaultLate is not { } late ? null : (double)(Denominator - late) / Denominator;
}

public sealed record TransitByCarrier(int CarrierId, string Code, string Label, long Parcels, TimeSpan? P50, TimeSpan? P90);

public sealed record HourlyThroughput(long Hour, DateTime StartUtc, long Events, long Delivered, long Created);

public enum HealthLevel
{
    Good,
    Warning,
    Critical,
}

/// <param name="DeparturesPerHour">Average over the last three hours.</param>
/// <param name="DwellHours">Estimated by Little's law: backlog / departures per hour.</param>
public sealed record HubHealth(
    int HubId, string Code, string Name, string TimeZoneId, double DeparturesPerHour, long Backlog, double? DwellHours,
    long FirstAttemptsToday, double? OnTimeRate, HealthLevel Level);

public enum AlertReason
{
    /// <summary>A carrier's on-time rate today below its threshold.</summary>
    CarrierOnTimeBelow,

    /// <summary>A hub's backlog above the threshold.</summary>
    HubBacklogAbove,

    /// <summary>More stalled parcels than the threshold.</summary>
    StalledSurge,
}

/// <summary>An alert as facts; <see cref="AlertsPanel"/> words it in the reader's language.</summary>
/// <param name="Subject">The English name of the carrier or hub it is about (a key of <see cref="Shared.Labels"/>), if any.</param>
/// <param name="Figure">The rate (0-1) or count that crossed the threshold.</param>
/// <param name="Basis">For rates: the first attempts they are over.</param>
/// <param name="DwellHours">For hub backlogs: the estimated dwell, when known.</param>
public sealed record OperationsAlert(
    string Key, HealthLevel Level, AlertReason Reason, string? Subject, double Figure, double Threshold, long? Basis, double? DwellHours,
    ParcelListFilter DrillDown);
