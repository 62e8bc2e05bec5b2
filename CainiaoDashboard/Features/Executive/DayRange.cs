using System.Globalization;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// A range of whole China Standard Time days, both ends included (day keys as in
/// <see cref="OperationsCalendar.DayOf(DateTime)"/>). In the address: <c>range=7d|30d|90d|ytd</c>, or
/// <c>from=2026-11-01&amp;to=2026-11-20</c> for a custom range. Presets end today, which is still running. What it
/// says (preset names, the range's label, problems with the address) is in the reader's language.
/// </summary>
public sealed record DayRange(int FromDay, int ToDay, string PresetKey)
{
    public const string DefaultPreset = "30d";
    public const int MaxDays = 731;

    private static readonly IStringLocalizer Text = Translations.For<DayRange>();

    public static readonly IReadOnlyList<string> PresetKeys = ["7d", "30d", "90d", "ytd"];

    /// <summary>The presets with their names in the reader's language, made for each caller (never kept in a static).</summary>
    public static IReadOnlyList<(string Key, string Label)> Presets =>
        [("7d", Text["7 days"]), ("30d", Text["30 days"]), ("90d", Text["90 days"]), ("ytd", Text["Year to date"])];

    public int Days => ToDay - FromDay + 1;
    public bool IsCustom => PresetKey == "custom";
    public DateOnly From => OperationsCalendar.DateOfDay(FromDay);
    public DateOnly To => OperationsCalendar.DateOfDay(ToDay);

    /// <summary>The prior period of the same number of days, ending the day before this one starts.</summary>
    public DayRange Prior => new(FromDay - Days, FromDay - 1, "custom");

    public string FromText => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string ToText => To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"3 Nov 2026 – 5 Nov 2026", in the reader's language.</summary>
    public string Label => ExecutiveDates.Range(From, To);

    /// <summary>Query parameters for links and downloads that must show the same range.</summary>
    public string Query => IsCustom ? $"from={FromText}&to={ToText}" : $"range={PresetKey}";

    public static DayRange ForPreset(string key, int today) => key switch
    {
        "7d" => new DayRange(today - 6, today, key),
        "90d" => new DayRange(today - 89, today, key),
        "ytd" => new DayRange(OperationsCalendar.DayOf(new DateOnly(OperationsCalendar.DateOfDay(today).Year, 1, 1)), today, key),
        _ => new DayRange(today - 29, today, DefaultPreset),
    };

    /// <summary>Reads the range from the address; a value it cannot use is reported and the default shown instead.</summary>
    public static (DayRange Range, IReadOnlyList<string> Problems) Parse(string? preset, string? from, string? to, int today)
    {
        var problems = new List<string>();
        if (!string.IsNullOrWhiteSpace(from) || !string.IsNullOrWhiteSpace(to))
        {
            var start = ParseDate(from, "from", problems);
            var end = ParseDate(to, "to", problems);
            if (start is { } s && end is { } e)
            {
                var fromDay = OperationsCalendar.DayOf(s);
                var toDay = OperationsCalendar.DayOf(e);
                if (fromDay > toDay) problems.Add(Text["The start date is after the end date."]);
                else if (toDay > today) problems.Add(Text["The end date is in the future; CST today is {0}.", OperationsCalendar.DateOfDay(today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
                else if (toDay - fromDay + 1 > MaxDays) problems.Add(Text["A range can cover at most {0} days.", MaxDays]);
                else return (new DayRange(fromDay, toDay, "custom"), problems);
            }

            problems[^1] += Text[" Showing the last 30 days instead."];
            return (ForPreset(DefaultPreset, today), problems);
        }

        if (!string.IsNullOrWhiteSpace(preset) && !PresetKeys.Contains(preset))
        {
            problems.Add(Text["Unknown range \"{0}\" in the address; showing the last 30 days.", Truncate(preset)]);
        }

        return (ForPreset(preset ?? DefaultPreset, today), problems);
    }

    private static DateOnly? ParseDate(string? value, string name, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(Text["A custom range needs both dates; \"{0}\" is missing.", name]);
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(Text["\"{0}\" is not a date (expected yyyy-mm-dd) for \"{1}\".", Truncate(value), name]);
        return null;
    }

    private static string Truncate(string value) => value.Length <= 24 ? value : value[..24] + "…";
}
