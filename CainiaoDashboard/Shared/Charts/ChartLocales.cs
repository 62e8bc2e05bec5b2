using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Shared.Charts;

/// <summary>
/// The ApexCharts locale of the reader's language, which <see cref="ApexChart"/> gives every chart so no page has to: month
/// and day names from the culture that formats the pages' dates (so a chart's axis reads like the page around it), the
/// toolbar and download menu in the language of its texts. Named after the formatting culture ("en-gb", "zh-cn"), which
/// the chart's script also formats numbers in. A class of static members rather than a static class, since its type
/// names its translations.
/// </summary>
public sealed class ChartLocales
{
    private ChartLocales()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<ChartLocales>();

    // Worded, so one per language: a locale made once for all would keep the language of whoever came first.
    private static readonly ConcurrentDictionary<(string Culture, string UiCulture), ChartLocale> Made = new();

    /// <summary>The locale of the current thread's cultures (a circuit's, or a request's).</summary>
    public static ChartLocale Current =>
        Made.GetOrAdd((CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name), _ => Make(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture));

    /// <summary>The options with the current locale as their only one and default; a locale the chart names itself wins.</summary>
    public static ChartOptions Apply(ChartOptions options)
    {
        var locale = Current;
        var chart = options.Chart ?? new ChartSettings();
        return options with
        {
            Chart = chart with
            {
                Locales = chart.Locales ?? [locale],
                DefaultLocale = chart.DefaultLocale ?? (chart.Locales is null ? locale.Name : null),
            },
        };
    }

    private static ChartLocale Make(CultureInfo culture, CultureInfo uiCulture)
    {
        var dates = culture.DateTimeFormat;
        return new ChartLocale(culture.Name.ToLowerInvariant(), new ChartLocaleOptions
        {
            // .NET's month lists have a thirteenth, empty entry for thirteen-month calendars.
            Months = [.. dates.MonthNames.Take(12)],
            ShortMonths = [.. dates.AbbreviatedMonthNames.Take(12)],
            Days = [.. dates.DayNames],
            ShortDays = [.. dates.AbbreviatedDayNames],
            Toolbar = new ChartLocaleToolbar
            {
                ExportToSVG = Text["Download SVG"],
                ExportToPNG = Text["Download PNG"],
                ExportToCSV = Text["Download CSV"],
                Menu = Text["Menu"],
                Selection = Text["Selection"],
                SelectionZoom = Text["Selection Zoom"],
                ZoomIn = Text["Zoom In"],
                ZoomOut = Text["Zoom Out"],
                Pan = Text["Panning"],
                Reset = Text["Reset Zoom"],
            },
        });
    }
}
