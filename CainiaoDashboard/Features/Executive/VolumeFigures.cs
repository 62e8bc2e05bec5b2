using System.Globalization;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// Headline numbers: total parcels, daily average over the days elapsed, annualised run rate (daily average x
/// 365) and growth against the prior period of the same length (null percent when the prior period had none).
/// </summary>
public sealed record VolumeHeadline(long Total, double DailyAverage, double RunRate, long PriorTotal, long Growth, double? GrowthPercent)
{
    public const int DaysPerYear = 365;

    public static VolumeHeadline Compute(long total, long priorTotal, double elapsedDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentOutOfRangeException.ThrowIfNegative(priorTotal);
        var average = elapsedDays > 0 ? total / elapsedDays : 0;
        var growth = total - priorTotal;
        double? percent = priorTotal > 0 ? (double)growth / priorTotal : null;
        return new VolumeHeadline(total, average, average * DaysPerYear, priorTotal, growth, percent);
    }
}

/// <summary>One bar of the time axis: a day, a week (Monday to Sunday) or a month, cut to the range; labelled in the reader's language.</summary>
public sealed record VolumeBucket(string Label, int FromDay, int ToDay, bool Partial);

public sealed record VolumeSeries(string Code, string Name, IReadOnlyList<long> Values);

public sealed record PeakDay(int Day, long Parcels, int BucketIndex)
{
    /// <summary>"Wed 11 Nov 2026", in the reader's language.</summary>
    public string Label => ExecutiveDates.DayWithWeekday(OperationsCalendar.DateOfDay(Day));
}

public sealed record VolumeFigures(
    DayRange Range,
    Granularity Granularity,
    StackBy Stack,
    IReadOnlyList<VolumeBucket> Buckets,
    IReadOnlyList<VolumeSeries> Series,
    IReadOnlyList<long> Totals,
    IReadOnlyList<double?> OnTimeRates,
    IReadOnlyList<double?> ComplaintsPer10k,
    PeakDay? Peak,
    VolumeHeadline Headline,
    bool IncludesToday)
{
    public bool IsEmpty => Headline.Total == 0;

    /// <summary>Per bucket, the first attempts, and the late ones per party their lateness is counted against.</summary>
    public IReadOnlyList<long> FirstAttempts { get; init; } = [];
    public IReadOnlyList<PartyCounts> LateByParty { get; init; } = [];

    /// <summary>The booked couriers with first attempts in the range, in reference order.</summary>
    public IReadOnlyList<CarrierOnTime> Carriers { get; init; } = [];

    /// <summary>A party's late first attempts as a share of each bucket's first attempts (null without attempts).</summary>
    public IReadOnlyList<double?> LateShare(LateParty party) =>
        FirstAttempts.Select((a, i) => a > 0 ? (double?)LateByParty[i][party] / a : null).ToList();
}

/// <summary>
/// Turns a <see cref="VolumeReadout"/> into what <c>/volume</c> shows. Pure arithmetic, no I/O; the labels and series
/// names are in the current culture's language, so figures are made for a reader and never shared between languages.
/// </summary>
public static class VolumeCalculator
{
    public static VolumeFigures Compute(VolumeReadout readout, Granularity granularity)
    {
        var range = readout.Range;
        var today = OperationsCalendar.DayOf(readout.AsOfUtc);
        var buckets = Buckets(range, granularity, today);
        var bucketOfDay = new int[range.Days];
        for (var b = 0; b < buckets.Count; b++)
        {
            for (var d = buckets[b].FromDay; d <= buckets[b].ToDay; d++) bucketOfDay[d - range.FromDay] = b;
        }

        var cells = readout.Cells.Where(c => c.Day >= range.FromDay && c.Day <= range.ToDay).ToList();
        var names = Names(readout.Stack);
        var series = cells.Where(c => c.Created != 0).Select(c => c.Key).Distinct()
            .OrderBy(key => names.FindIndex(n => n.Id == key) is var i && i < 0 ? int.MaxValue : i).ThenBy(key => key)
            .Select(key =>
            {
                var values = new long[buckets.Count];
                foreach (var cell in cells.Where(c => c.Key == key)) values[bucketOfDay[cell.Day - range.FromDay]] += cell.Created;
                var (code, name) = names.FirstOrDefault(n => n.Id == key) is { Code: not null } known
                    ? (known.Code, known.Name) : (key.ToString(CultureInfo.InvariantCulture), VolumeWords.UnknownSeries(key));
                return new VolumeSeries(code, name, values);
            })
            .ToList();

        var totals = new long[buckets.Count];
        var attempts = new long[buckets.Count];
        var onTime = new long[buckets.Count];
        var complaints = new long[buckets.Count];
        var late = new PartyCounts[buckets.Count];
        var perDay = new long[range.Days];
        foreach (var cell in cells)
        {
            var b = bucketOfDay[cell.Day - range.FromDay];
            totals[b] += cell.Created;
            attempts[b] += cell.FirstAttempts;
            onTime[b] += cell.OnTimeFirstAttempts;
            complaints[b] += cell.Complaints;
            late[b] += cell.LateFirstAttempts;
            perDay[cell.Day - range.FromDay] += cell.Created;
        }

        PeakDay? peak = null;
        for (var i = 0; i < perDay.Length; i++)
        {
            if (perDay[i] > 0 && (peak is null || perDay[i] > peak.Parcels)) peak = new PeakDay(range.FromDay + i, perDay[i], bucketOfDay[i]);
        }

        return new VolumeFigures(range, granularity, readout.Stack, buckets, series, totals,
            attempts.Select((a, i) => a > 0 ? (double?)onTime[i] / a : null).ToList(),
            totals.Select((t, i) => t > 0 ? (double?)complaints[i] * 10_000 / t : null).ToList(),
            peak, VolumeHeadline.Compute(totals.Sum(), readout.PriorCreated, readout.ElapsedDays), range.ToDay >= today)
        {
            FirstAttempts = attempts,
            LateByParty = late,
            Carriers = [.. readout.Carriers.Where(c => c.FirstAttempts > 0).OrderBy(c => Array.FindIndex(ReferenceData.Carriers, k => k.Id == c.CarrierId))],
        };
    }

    public static IReadOnlyList<VolumeBucket> Buckets(DayRange range, Granularity granularity, int today)
    {
        var spansYears = range.From.Year != range.To.Year;
        var buckets = new List<VolumeBucket>();
        var day = range.FromDay;
        while (day <= range.ToDay)
        {
            var date = OperationsCalendar.DateOfDay(day);
            var (start, end, label) = granularity switch
            {
                Granularity.Week => WeekOf(date),
                Granularity.Month => (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1),
                    ExecutiveDates.Month(date)),
                _ => (date, date, spansYears ? ExecutiveDates.Day(date) : ExecutiveDates.DayInYear(date)),
            };
            var (startDay, endDay) = (OperationsCalendar.DayOf(start), OperationsCalendar.DayOf(end));
            var toDay = Math.Min(endDay, range.ToDay);
            buckets.Add(new VolumeBucket(label, day, toDay, startDay < range.FromDay || endDay > range.ToDay || toDay >= today));
            day = toDay + 1;
        }

        return buckets;
    }

    private static (DateOnly Start, DateOnly End, string Label) WeekOf(DateOnly date)
    {
        var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
        return (monday, monday.AddDays(6), ExecutiveDates.WeekCommencing(monday));
    }

    public sealed record Named(int Id, string? Code, string Name);

    /// <summary>The series of a stacking: carriers by their codes, channels, services and regions by their names in the reader's language.</summary>
    public static List<Named> Names(StackBy stack) => stack switch
    {
        StackBy.Channel => ReferenceData.Channels.Select(c => new Named(c.Id, c.Code, Labels.NameOf(c))).ToList(),
        StackBy.Service => ReferenceData.ServiceLevels.Select(s => new Named(s.Id, s.Code, Labels.NameOf(s))).ToList(),
        StackBy.Region => ReferenceData.Regions.Select(r => new Named(r.Id, r.Code, Labels.NameOf(r))).ToList(),
        _ => ReferenceData.Carriers.Select(c => new Named(c.Id, c.Code, c.Code)).ToList(),
    };
}
