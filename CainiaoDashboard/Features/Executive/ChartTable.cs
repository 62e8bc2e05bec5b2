using System.Globalization;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// A chart's data as rows: what its "show as table" view displays and what its CSV download contains,
/// so the two can never disagree. Numbers and dates are written for machines (invariant culture, ISO dates); caption,
/// column names and worded values are in the language of the reader (the page's, or the one the download asks for), the
/// columns in the same order in every language.
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

/// <summary>
/// The tables behind each chart of <c>/volume</c>. A class of static members rather than a static class, since its type
/// names its translations.
/// </summary>
public sealed class ExecutiveTables
{
    private ExecutiveTables()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<ExecutiveTables>();

    public static ChartTable Volume(VolumeFigures f) => new(
        Text["Parcels created per {0} by {1}, {2} (CST days)", Per(f.Granularity), StackedBy(f.Stack), f.Range.Label],
        [Text["period"], Text["from"], Text["to"], .. f.Series.Select(s => s.Name), Text["total"]],
        f.Buckets.Select((b, i) => (IReadOnlyList<string>)
            [b.Label, ChartTable.Date(b.FromDay), ChartTable.Date(b.ToDay), .. f.Series.Select(s => ChartTable.Number(s.Values[i])), ChartTable.Number(f.Totals[i])])
            .ToList());

    public static ChartTable OnTime(VolumeFigures f) => new(
        Text["On-time first attempts per {0}, {1} (CST days)", Per(f.Granularity), f.Range.Label],
        [Text["period"], Text["from"], Text["to"], Text["on_time_pct"]],
        f.Buckets.Select((b, i) => (IReadOnlyList<string>)
            [b.Label, ChartTable.Date(b.FromDay), ChartTable.Date(b.ToDay), ChartTable.Percent(f.OnTimeRates[i])]).ToList());

    public static ChartTable Complaints(VolumeFigures f) => new(
        Text["Complaints per 10,000 parcels per {0}, {1} (CST days)", Per(f.Granularity), f.Range.Label],
        [Text["period"], Text["from"], Text["to"], Text["complaints_per_10k"]],
        f.Buckets.Select((b, i) => (IReadOnlyList<string>)
            [b.Label, ChartTable.Date(b.FromDay), ChartTable.Date(b.ToDay), ChartTable.Number(f.ComplaintsPer10k[i], "0.00")]).ToList());

    /// <summary>Columns named by party alone (the caption says they are percentages): the table fits a half-width card.</summary>
    public static ChartTable LateByParty(VolumeFigures f) => new(
        Text["Late first attempts per {0} by the party counted against, % of first attempts, {1} (CST days)", Per(f.Granularity), f.Range.Label],
        [Text["period"], Text["first_attempts"], .. PartyCounts.Parties.Select(Party)],
        f.Buckets.Select((b, i) => (IReadOnlyList<string>)
            [b.Label, ChartTable.Number(f.FirstAttempts[i]),
             .. PartyCounts.Parties.Select(p => ChartTable.Percent(f.FirstAttempts[i] > 0 ? (double)f.LateByParty[i][p] / f.FirstAttempts[i] : null))]).ToList());

    public static ChartTable CarrierOnTime(VolumeFigures f) => new(
        Text["On-time first attempts by booked courier, all causes and own fault only, {0} (CST days)", f.Range.Label],
        [Text["carrier"], Text["first_attempts"], Text["on_time_pct"], Text["own_fault_late"], Text["own_fault_only_pct"]],
        f.Carriers.Select(c => (IReadOnlyList<string>)
            [ReferenceData.Carrier(c.CarrierId).Code, ChartTable.Number(c.FirstAttempts), ChartTable.Percent(c.Rate), ChartTable.Number(c.OwnFaultLate),
             ChartTable.Percent(c.OwnFaultRate)]).ToList());

    /// <summary>The period a table counts per, as its caption says it: "day" (English keeps the address's word).</summary>
    private static string Per(Granularity granularity) => granularity switch
    {
        Granularity.Week => Text["week"],
        Granularity.Month => Text["month"],
        _ => Text["day"],
    };

    private static string StackedBy(StackBy stack) => stack switch
    {
        StackBy.Channel => Text["channel"],
        StackBy.Service => Text["service"],
        StackBy.Region => Text["region"],
        _ => Text["carrier"],
    };

    /// <summary>A party's column: its export key in English (<see cref="LatePartyLabels.Key"/>), its name in Chinese.</summary>
    private static string Party(LateParty party) => party switch
    {
        LateParty.Shipper => Text["shipper"],
        LateParty.Courier => Text["courier"],
        LateParty.Partner => Text["partner"],
        LateParty.Customs => Text["customs"],
        LateParty.Recipient => Text["recipient"],
        LateParty.Weather => Text["weather"],
        _ => LatePartyLabels.Key(party),
    };
}
