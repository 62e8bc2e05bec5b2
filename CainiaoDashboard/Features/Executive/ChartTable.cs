using System.Globalization;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// A chart's data as rows: what its "show as table" view displays and what its CSV download contains,
/// so the two can never disagree. Numbers are written with the invariant culture.
/// </summary>
public sealed record ChartTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public string ToCsv() => string.Concat(Rows.Prepend(Columns).Select(Csv.Line));

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
    public static string Number(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "";
    public static string Percent(double? rate) => Number(rate * 100, "0.00");
    public static string Hours(TimeSpan? value) => Number(value?.TotalHours, "0.##");
    public static string Date(int day) => OperationsCalendar.DateOfDay(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The tables behind each executive chart.</summary>
public static class ExecutiveTables
{
    public static ChartTable Volume(VolumeFigures f) => new(
        $"Parcels created per {f.Granularity.Key()} by {f.Stack.Key()}, {f.Range.Label} (CST days)",
        ["period", "from", "to", .. f.Series.Select(s => s.Name), "total"],
        f.Buckets.Select((b, i) => (IReadOnlyList<string>)
            [b.Label, ChartTable.Date(b.FromDay), ChartTable.Date(b.ToDay), .. f.Series.Select(s => ChartTable.Number(s.Values[i])), ChartTable.Number(f.Totals[i])])
            .ToList());

    public static ChartTable OnTime(VolumeFigures f) => new(
        $"On-time first attempts per {f.Granularity.Key()}, {f.Range.Label} (CST days)",
        ["period", "from", "to", "on_time_pct"],
        f.Buckets.Select((b, i) => (IReadOnlyList<string>)
            [b.Label, ChartTable.Date(b.FromDay), ChartTable.Date(b.ToDay), ChartTable.Percent(f.OnTimeRates[i])]).ToList());

    public static ChartTable Complaints(VolumeFigures f) => new(
        $"Complaints per 10,000 parcels per {f.Granularity.Key()}, {f.Range.Label} (CST days)",
        ["period", "from", "to", "complaints_per_10k"],
        f.Buckets.Select((b, i) => (IReadOnlyList<string>)
            [b.Label, ChartTable.Date(b.FromDay), ChartTable.Date(b.ToDay), ChartTable.Number(f.ComplaintsPer10k[i], "0.00")]).ToList());

    /// <summary>Columns named by party alone (the caption says they are percentages): the table fits a half-width card.</summary>
    public static ChartTable LateByParty(VolumeFigures f) => new(
        $"Late first attempts per {f.Granularity.Key()} by the party counted against, % of first attempts, {f.Range.Label} (CST days)",
        ["period", "first_attempts", .. PartyCounts.Parties.Select(LatePartyLabels.Key)],
        f.Buckets.Select((b, i) => (IReadOnlyList<string>)
            [b.Label, ChartTable.Number(f.FirstAttempts[i]),
             .. PartyCounts.Parties.Select(p => ChartTable.Percent(f.FirstAttempts[i] > 0 ? (double)f.LateByParty[i][p] / f.FirstAttempts[i] : null))]).ToList());

    public static ChartTable CarrierOnTime(VolumeFigures f) => new(
        $"On-time first attempts by booked courier, all causes and own fault only, {f.Range.Label} (CST days)",
        ["carrier", "first_attempts", "on_time_pct", "own_fault_late", "own_fault_only_pct"],
        f.Carriers.Select(c => (IReadOnlyList<string>)
            [ReferenceData.Carrier(c.CarrierId).Code, ChartTable.Number(c.FirstAttempts), ChartTable.Percent(c.Rate), ChartTable.Number(c.OwnFaultLate),
             ChartTable.Percent(c.OwnFaultRate)]).ToList());

    public static ChartTable Links(FlowFigures f) => new(
        $"Parcel flows, parcels created {f.Range.Label} (CST days)",
        ["stage", "from", "to", "parcels", "first_attempts", "on_time_pct", "median_transit_hours"],
        f.Links.Select(l => (IReadOnlyList<string>)
            [l.Stage.ToString().ToLowerInvariant(), Label(f, l.SourceId), Label(f, l.TargetId), ChartTable.Number(l.Parcels),
             ChartTable.Number(l.FirstAttempts), ChartTable.Percent(l.OnTimeRate), ChartTable.Hours(l.MedianTransit)]).ToList());

    public static ChartTable Lanes(FlowFigures f) => new(
        $"Lanes, parcels created {f.Range.Label} (CST days)",
        ["lane", "origin", "destination", "cross_border", "parcels", "share_pct", "on_time_pct", "median_transit_hours", "delivered"],
        f.Lanes.Select(l => (IReadOnlyList<string>)
            [l.Code, l.Origin, l.Destination, l.CrossBorder ? "yes" : "no", ChartTable.Number(l.Parcels), ChartTable.Percent(l.Share),
             ChartTable.Percent(l.OnTimeRate), ChartTable.Hours(l.MedianTransit), ChartTable.Number(l.Delivered)]).ToList());

    private static string Label(FlowFigures f, string id) => f.Nodes.FirstOrDefault(n => n.Id == id)?.Label ?? id;
}
