using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// Chart options and series for the overview. Options stay equal between snapshots so charts update in place;
/// colours come from the theme's palette so both modes stay readable.
/// </summary>
public static class OverviewCharts
{
    /// <summary>
    /// The overview's charts redraw at most this often, while the figures, alerts and feed beside them follow every
    /// commit: a chart of today's hours or of the week moves little in two minutes, and a redraw holds the page's only
    /// thread for tens of milliseconds of CPU, seconds on a saturated machine, during which that page shows no update.
    /// Bench circuits at 100 pages (p95 commit to DOM): 32.3 s redrawing on every commit, 2.5 s at most every 10 s,
    /// 0.7 to 12.2 s every 30 s, 0.8 to 6.1 s every 60 s, 0.5 and 0.8 s every 120 s; the pages that were late were
    /// always those redrawing their charts just then.
    /// </summary>
    public static readonly TimeSpan RedrawInterval = TimeSpan.FromSeconds(120);

    private static readonly IStringLocalizer Text = Translations.For(typeof(OverviewCharts));

    /// <summary>A chart card's subtitle with how often the chart is redrawn, so it is not read as out of step with the figures.</summary>
    public static string Subtitle(string subtitle) =>
        Text["{0} · redrawn every {1} min", subtitle, RedrawInterval.TotalMinutes];

    private static readonly ChartSettings Compact = new()
    {
        Height = "240",
        Toolbar = new Toolbar { Show = false },
        Animations = new Toggle { Enabled = false },
        Background = "transparent",
        FontFamily = "inherit",
    };

    public static ChartOptions Throughput(ChartPalette palette) => new()
    {
        Chart = Compact with { Type = "bar", Height = "260" },
        DataLabels = new Toggle { Enabled = false },
        Colors = [palette.SeriesColour(0), palette.Good],
        Xaxis = new XAxis { Type = "category", TickAmount = 12, Labels = new AxisLabels { Rotate = 0 } },
        Yaxis = new YAxis { Min = 0, Title = new Caption { Text = Text["per hour"] } },
        Legend = new Legend { Position = "top" },
        PlotOptions = new PlotOptions { Bar = new BarOptions { ColumnWidth = "70%", BorderRadius = "2" } },
        Tooltip = new Tooltip { Shared = true, Intersect = false },
        NoData = new Caption { Text = Text["No events today yet"] },
    };

    public static IReadOnlyList<ChartSeries> ThroughputSeries(IReadOnlyList<HourlyThroughput> throughput, IReadOnlyList<string> hours) =>
    [
        new(Text["Status events"], throughput.Select((t, i) => new ChartPoint(hours[i], t.Events)).ToList()),
        new(Text["Deliveries"], throughput.Select((t, i) => new ChartPoint(hours[i], t.Delivered)).ToList()),
    ];

    /// <param name="ownFault">Whether a second bar per category shows the rate counting only the carrier's own lateness.</param>
    public static ChartOptions OnTime(IReadOnlyList<string> categories, string noData, ChartPalette palette, bool ownFault = false) => new()
    {
        Chart = Compact with { Type = "bar" },
        DataLabels = new Toggle { Enabled = !ownFault },
        Colors = ownFault ? [palette.SeriesColour(0), palette.SeriesColour(3)] : [palette.SeriesColour(0)],
        Yaxis = new YAxis { Min = 0, Max = 100, TickAmount = 5, Title = new Caption { Text = Text["% on time"] } },
        PlotOptions = new PlotOptions { Bar = new BarOptions { ColumnWidth = ownFault ? "75%" : "55%", BorderRadius = "3" } },
        Legend = ownFault ? new Legend { Position = "top" } : new Legend { Show = false },
        Tooltip = ownFault ? new Tooltip { Shared = true, Intersect = false } : null,
        NoData = new Caption { Text = noData },
        // Categories are part of the options so a change in the set of carriers redraws the axis.
        Xaxis = new XAxis { Type = "category", Categories = categories },
    };

    public static IReadOnlyList<ChartSeries> OnTimeSeries(IReadOnlyList<RateByKey> rates) =>
        rates.Count == 0 ? [] :
        [
            new(Text["On time %"], rates.Select(r => new ChartPoint(r.Code, ChartPoint.Percent(r.Rate))).ToList()),
            .. rates.Any(r => r.OwnFaultLate is not null)
                ? [new ChartSeries(Text["Own fault only %"], rates.Select(r => new ChartPoint(r.Code, ChartPoint.Percent(r.OwnFaultRate))).ToList())]
                : Array.Empty<ChartSeries>(),
        ];

    public static ChartOptions Transit(IReadOnlyList<string> carriers, ChartPalette palette) => new()
    {
        Chart = Compact with { Type = "bar" },
        DataLabels = new Toggle { Enabled = false },
        Colors = [palette.SeriesColour(4), palette.SeriesColour(2)],
        Yaxis = new YAxis { Min = 0, Title = new Caption { Text = Text["hours"] } },
        PlotOptions = new PlotOptions { Bar = new BarOptions { ColumnWidth = "60%", BorderRadius = "2" } },
        Legend = new Legend { Position = "top" },
        Tooltip = new Tooltip { Shared = true, Intersect = false },
        NoData = new Caption { Text = Text["No deliveries in the last 7 days"] },
        Xaxis = new XAxis { Type = "category", Categories = carriers },
    };

    public static IReadOnlyList<ChartSeries> TransitSeries(IReadOnlyList<TransitByCarrier> transit) =>
        transit.Count == 0 ? [] :
        [
            new("P50", transit.Select(t => new ChartPoint(t.Code, Hours(t.P50))).ToList()),
            new("P90", transit.Select(t => new ChartPoint(t.Code, Hours(t.P90))).ToList()),
        ];

    /// <summary>
    /// ApexChart's <see cref="ApexChart.OnPointClick"/> parameter, to splat with <c>@attributes</c>, that passes the code of
    /// the clicked bar's item to <paramref name="choose"/> on <paramref name="page"/>. A chart fragment is built in a static
    /// method, where Razor cannot write <c>OnPointClick="..."</c> (it binds event callbacks to <c>this</c>).
    /// </summary>
    public static IReadOnlyDictionary<string, object> ChooseOnClick<T>(IHandleEvent page, IReadOnlyList<T> shown, Func<T, string> codeOf, Action<string> choose) =>
        new Dictionary<string, object>
        {
            [nameof(ApexChart.OnPointClick)] = EventCallback.Factory.Create<ChartPointClick>(page, point =>
            {
                if (point.DataPointIndex >= 0 && point.DataPointIndex < shown.Count) choose(codeOf(shown[point.DataPointIndex]));
            }),
        };

    private static double? Hours(TimeSpan? value) => value is { } v ? Math.Round(v.TotalHours, 1) : null;
}
