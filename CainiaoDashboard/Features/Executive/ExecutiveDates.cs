using System.Globalization;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// The days, weeks and months of the executive pages as their reader reads them: "3 Nov 2026" and "w/c 26 Oct 26" in
/// English, 2026年11月3日 and 2026年10月26日当周 in Chinese. The patterns are texts of their language (the English pattern
/// the key, the Chinese in the resource file) and are written in the current culture, whose month and day names they use.
/// Addresses and downloads keep ISO dates (<see cref="DayRange.FromText"/>, <see cref="ChartTable.Date"/>). A class of
/// static members rather than a static class, since its type names its translations.
/// </summary>
public sealed class ExecutiveDates
{
    private ExecutiveDates()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<ExecutiveDates>();

    /// <summary>A day with its year: "3 Nov 2026", 2026年11月3日.</summary>
    public static string Day(DateOnly date) => Write(date, Text["d MMM yyyy"]);

    /// <summary>A day of a year the reader knows from the context: "3 Nov", 11月3日.</summary>
    public static string DayInYear(DateOnly date) => Write(date, Text["d MMM"]);

    /// <summary>A day with its weekday: "Wed 11 Nov 2026", 2026年11月11日 周三.</summary>
    public static string DayWithWeekday(DateOnly date) => Write(date, Text["ddd d MMM yyyy"]);

    /// <summary>A calendar month: "Nov 2026", 2026年11月.</summary>
    public static string Month(DateOnly date) => Write(date, Text["MMM yyyy"]);

    /// <summary>The week starting on a Monday: "w/c 26 Oct 26", 2026年10月26日当周.</summary>
    public static string WeekCommencing(DateOnly monday) => Text["w/c {0}", Write(monday, Text["d MMM yy"])];

    /// <summary>Both ends of a range of days: "3 Nov 2026 – 5 Nov 2026".</summary>
    public static string Range(DateOnly from, DateOnly to) => Text["{0} – {1}", Day(from), Day(to)];

    private static string Write(DateOnly date, string pattern) => date.ToString(pattern, CultureInfo.CurrentCulture);
}
