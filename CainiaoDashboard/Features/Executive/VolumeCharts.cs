using CainiaoDashboard.Shared.Charts;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Domain;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// Chart options and series for <c>/volume</c>; the toolbar's download menu gives PNG, SVG and CSV. Colours come
/// from the theme mode's <see cref="ChartPalette"/>: stacked series take its series colours (set by the chart
/// wrapper), the peak marker its bad colour, and the page gives the trend lines its good / bad colours. Titles, series
/// names and messages are in the reader's language (the wrapper adds the locale of month names, menu and numbers); made
/// per page, never kept. A class of static members rather than a static class, since its type names its translations.
/// </summary>
public sealed class VolumeCharts
{
    private VolumeCharts()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<VolumeCharts>();

    private static ChartSettings Settings(string type, string height, string file) => new()
    {
        Type = type,
        Height = height,
        Toolbar = new Toolbar
        {
            Show = true,
            Tools = new ToolbarTools { Download = true, Selection = false, Zoom = false, Zoomin = false, Zoomout = false, Pan = false, Reset = false },
            Export = new ToolbarExport { Svg = new ExportFile { Filename = file }, Png = new ExportFile { Filename = file }, Csv = new ExportFile { Filename = file } },
        },
        Animations = new Toggle { Enabled = false },
        Background = "transparent",
        FontFamily = "inherit",
    };

    public static ChartOptions Volume(VolumeFigures f, ChartPalette palette) => new()
    {
        Chart = Settings("bar", "340", $"volume-{f.Range.FromText}-{f.Range.ToText}") with { Stacked = true },
        DataLabels = new Toggle { Enabled = false },
        Xaxis = new XAxis
        {
            Type = "category",
            Categories = f.Buckets.Select(b => b.Label).ToList(),
            TickAmount = f.Buckets.Count > 31 ? 15 : null,
            Labels = new AxisLabels { Rotate = -45 },
        },
        Yaxis = new YAxis { Min = 0, Title = new Caption { Text = Text["parcels created"] } },
        Legend = new Legend { Position = "top" },
        PlotOptions = new PlotOptions { Bar = new BarOptions { ColumnWidth = f.Buckets.Count > 45 ? "90%" : "70%" } },
        Tooltip = new Tooltip { Shared = true, Intersect = false },
        NoData = new Caption { Text = Text["No parcels in this range"] },
        Annotations = f.Peak is { } peak
            ? new Annotations
            {
                Xaxis =
                [
                    new XAxisAnnotation
                    {
                        X = f.Buckets[peak.BucketIndex].Label,
                        BorderColor = palette.Bad,
                        StrokeDashArray = 4,
                        Label = new AnnotationLabel
                        {
                            Text = Text["Peak day {0}", peak.Label],
                            BorderColor = palette.Bad,
                            Orientation = "horizontal",
                            Style = new AnnotationLabelStyle { Color = palette.TextColor, Background = Surface(palette) },
                        },
                    },
                ],
            }
            : null,
    };

    // The peak label sits on the bars: the theme's text on the card's surface colour reads in either mode (the page's
    // chart styles give every chart text the theme's text colour, so a white-on-red label would lose its white).
    private static string Surface(ChartPalette palette) =>
        (palette.Mode == ChartPalette.Dark.Mode ? DashboardTheme.Theme.PaletteDark.Surface : DashboardTheme.Theme.PaletteLight.Surface).ToString();

    public static IReadOnlyList<ChartSeries> VolumeSeries(VolumeFigures f) =>
        f.Series.Select(s => new ChartSeries(s.Name, s.Values.Select((v, i) => new ChartPoint(f.Buckets[i].Label, v)).ToList())).ToList();

    /// <summary>A trend line; the page words its axis title and no-data message (in the reader's language).</summary>
    public static ChartOptions Trend(VolumeFigures f, string yTitle, string colour, double? max, string file, string noData) => new()
    {
        Chart = Settings("line", "240", $"{file}-{f.Range.FromText}-{f.Range.ToText}"),
        Colors = [colour],
        DataLabels = new Toggle { Enabled = false },
        Stroke = new Stroke { Curve = "straight", Width = 2 },
        Markers = new Markers { Size = f.Buckets.Count > 45 ? 0 : 3 },
        Xaxis = PeriodAxis(f),
        Yaxis = new YAxis { Min = 0, Max = max, Title = new Caption { Text = yTitle } },
        Legend = new Legend { Show = false },
        NoData = new Caption { Text = noData },
    };

    /// <summary>The periods of a half-width chart: more than about 15 rotated day labels run into each other.</summary>
    private static XAxis PeriodAxis(VolumeFigures f) => new()
    {
        Type = "category",
        Categories = f.Buckets.Select(b => b.Label).ToList(),
        TickAmount = f.Buckets.Count > 15 ? 8 : null,
        Labels = new AxisLabels { Rotate = -45 },
    };

    public static IReadOnlyList<ChartSeries> TrendSeries(VolumeFigures f, string name, IReadOnlyList<double?> values, double factor) =>
        values.All(v => v is null) ? [] :
        [
            new(name, values.Select((v, i) => new ChartPoint(f.Buckets[i].Label, v is { } x ? Math.Round(x * factor, 2) : null)).ToList()),
        ];

    /// <summary>Each bucket's late first attempts per party, stacked, as shares of its first attempts: the on-time rate's complement split.</summary>
    public static ChartOptions LateByParty(VolumeFigures f) => new()
    {
        Chart = Settings("bar", "240", $"late-by-party-{f.Range.FromText}-{f.Range.ToText}") with { Stacked = true },
        DataLabels = new Toggle { Enabled = false },
        Xaxis = PeriodAxis(f),
        Yaxis = new YAxis { Min = 0, Title = new Caption { Text = Text["% of first attempts late"] } },
        Legend = new Legend { Position = "top" },
        Tooltip = new Tooltip { Shared = true, Intersect = false },
        NoData = new Caption { Text = Text["No late first attempts in this range"] },
    };

    public static IReadOnlyList<ChartSeries> LateByPartySeries(VolumeFigures f) =>
    [
        .. PartyCounts.Parties.Where(party => f.LateByParty.Any(c => c[party] > 0)).Select(party => new ChartSeries(LatePartyLabels.Label(party),
            f.LateShare(party).Select((v, i) => new ChartPoint(f.Buckets[i].Label, v is { } x ? Math.Round(x * 100, 2) : null)).ToList())),
    ];

    /// <summary>Each booked courier's on-time rate over the range beside the rate counting only its own lateness.</summary>
    public static ChartOptions CarrierOnTime(VolumeFigures f, ChartPalette palette) => new()
    {
        Chart = Settings("bar", "240", $"on-time-own-fault-{f.Range.FromText}-{f.Range.ToText}"),
        Colors = [palette.SeriesColour(0), palette.SeriesColour(3)],
        DataLabels = new Toggle { Enabled = true },
        Xaxis = new XAxis { Type = "category", Categories = f.Carriers.Select(c => ReferenceData.Carrier(c.CarrierId).Code).ToList() },
        Yaxis = new YAxis { Min = 0, Max = 100, TickAmount = 5, Title = new Caption { Text = Text["% on time"] } },
        Legend = new Legend { Position = "top" },
        Tooltip = new Tooltip { Shared = true, Intersect = false },
        NoData = new Caption { Text = Text["No first attempts in this range"] },
    };

    public static IReadOnlyList<ChartSeries> CarrierOnTimeSeries(VolumeFigures f) => f.Carriers.Count == 0 ? [] :
    [
        new(Text["On time %"], f.Carriers.Select(c => new ChartPoint(ReferenceData.Carrier(c.CarrierId).Code, ChartPoint.Percent(c.Rate))).ToList()),
        new(Text["Own fault only %"], f.Carriers.Select(c => new ChartPoint(ReferenceData.Carrier(c.CarrierId).Code, ChartPoint.Percent(c.OwnFaultRate))).ToList()),
    ];
}
