namespace CainiaoDashboard.Shared.Charts;

// Typed subset of the ApexCharts options (https://apexcharts.com/docs/options/) that the dashboard uses.
// Serialised camelCase with nulls omitted, so an unset property keeps the ApexCharts default.

public sealed record ChartOptions
{
    public ChartSettings? Chart { get; init; }
    public IReadOnlyList<string>? Colors { get; init; }
    public Toggle? DataLabels { get; init; }
    public Stroke? Stroke { get; init; }
    public XAxis? Xaxis { get; init; }
    public YAxis? Yaxis { get; init; }
    public Legend? Legend { get; init; }
    public Tooltip? Tooltip { get; init; }
    public PlotOptions? PlotOptions { get; init; }
    public Caption? Title { get; init; }
    public Caption? NoData { get; init; }
    public ChartTheme? Theme { get; init; }
    public Fill? Fill { get; init; }
    public IReadOnlyList<string>? Labels { get; init; }
    public Annotations? Annotations { get; init; }
    public Markers? Markers { get; init; }
    public Grid? Grid { get; init; }
}

public sealed record Grid
{
    public string? BorderColor { get; init; }
}

public sealed record ChartSettings
{
    public string? Id { get; init; }
    public string? Type { get; init; }
    public string? Height { get; init; }
    public bool? Stacked { get; init; }
    public Toolbar? Toolbar { get; init; }
    public Toggle? Animations { get; init; }
    public string? Background { get; init; }
    public string? FontFamily { get; init; }

    /// <summary>Colour of axis labels, legend and titles.</summary>
    public string? ForeColor { get; init; }
    public Toggle? Sparkline { get; init; }

    /// <summary>The languages the chart can speak; <see cref="ApexChart"/> gives every chart the reader's (<see cref="ChartLocales"/>).</summary>
    public IReadOnlyList<ChartLocale>? Locales { get; init; }

    /// <summary>The <see cref="ChartLocale.Name"/> of the one of <see cref="Locales"/> the chart speaks.</summary>
    public string? DefaultLocale { get; init; }
}

/// <summary>
/// One entry of <c>chart.locales</c>, shaped as ApexCharts' own locale files (apexcharts/dist/locales/*.json): the month
/// and day names of datetime axes and tooltips, and the texts of the toolbar and its download menu.
/// </summary>
public sealed record ChartLocale(string Name, ChartLocaleOptions Options);

public sealed record ChartLocaleOptions
{
    public IReadOnlyList<string>? Months { get; init; }
    public IReadOnlyList<string>? ShortMonths { get; init; }

    /// <summary>Sunday first, as JavaScript's <c>Date.getDay()</c> counts.</summary>
    public IReadOnlyList<string>? Days { get; init; }
    public IReadOnlyList<string>? ShortDays { get; init; }
    public ChartLocaleToolbar? Toolbar { get; init; }
}

/// <summary>The toolbar's button titles and download menu items (serialised as exportToSVG, zoomIn, ...).</summary>
public sealed record ChartLocaleToolbar
{
    public string? ExportToSVG { get; init; }
    public string? ExportToPNG { get; init; }
    public string? ExportToCSV { get; init; }
    public string? Menu { get; init; }
    public string? Selection { get; init; }
    public string? SelectionZoom { get; init; }
    public string? ZoomIn { get; init; }
    public string? ZoomOut { get; init; }
    public string? Pan { get; init; }
    public string? Reset { get; init; }
}

public sealed record Toolbar
{
    public bool? Show { get; init; }
    public ToolbarTools? Tools { get; init; }
    public ToolbarExport? Export { get; init; }
}

/// <summary>Which toolbar buttons show; Download is the menu with SVG, PNG and CSV.</summary>
public sealed record ToolbarTools
{
    public bool? Download { get; init; }
    public bool? Selection { get; init; }
    public bool? Zoom { get; init; }
    public bool? Zoomin { get; init; }
    public bool? Zoomout { get; init; }
    public bool? Pan { get; init; }
    public bool? Reset { get; init; }
}

public sealed record ToolbarExport
{
    public ExportFile? Svg { get; init; }
    public ExportFile? Png { get; init; }
    public ExportFile? Csv { get; init; }
}

public sealed record ExportFile
{
    public string? Filename { get; init; }
}

public sealed record Annotations
{
    public IReadOnlyList<XAxisAnnotation>? Xaxis { get; init; }
}

/// <summary>A vertical marker at a category (category axes) or an x value.</summary>
public sealed record XAxisAnnotation
{
    public string? X { get; init; }
    public string? BorderColor { get; init; }
    public double? StrokeDashArray { get; init; }
    public AnnotationLabel? Label { get; init; }
}

public sealed record AnnotationLabel
{
    public string? Text { get; init; }
    public string? BorderColor { get; init; }
    public string? Orientation { get; init; }
    public AnnotationLabelStyle? Style { get; init; }
}

public sealed record AnnotationLabelStyle
{
    public string? Color { get; init; }
    public string? Background { get; init; }
}

public sealed record Markers
{
    public double? Size { get; init; }
}

/// <summary>A feature switched on or off (animations, sparkline mode, data labels).</summary>
public sealed record Toggle
{
    public bool? Enabled { get; init; }
}

/// <summary>A line of text: a chart or axis title, the no-data message.</summary>
public sealed record Caption
{
    public string? Text { get; init; }
}

public sealed record Stroke
{
    public string? Curve { get; init; }
    public double? Width { get; init; }
}

public sealed record XAxis
{
    public string? Type { get; init; }
    public IReadOnlyList<string>? Categories { get; init; }
    public Caption? Title { get; init; }
    public AxisLabels? Labels { get; init; }
    public double? TickAmount { get; init; }
}

public sealed record YAxis
{
    public double? Min { get; init; }
    public double? Max { get; init; }
    public Caption? Title { get; init; }
    public double? TickAmount { get; init; }
    public AxisLabels? Labels { get; init; }
}

public sealed record AxisLabels
{
    public bool? Show { get; init; }
    public string? Format { get; init; }
    public bool? DatetimeUTC { get; init; }
    public double? Rotate { get; init; }
}

public sealed record Legend
{
    public bool? Show { get; init; }
    public string? Position { get; init; }
}

public sealed record Tooltip
{
    public bool? Enabled { get; init; }
    public bool? Shared { get; init; }

    /// <summary>ApexCharts refuses <see cref="Shared"/> unless this is false.</summary>
    public bool? Intersect { get; init; }
    public TooltipX? X { get; init; }

    /// <summary>"light" or "dark": the tooltip box's own colours.</summary>
    public string? Theme { get; init; }
}

public sealed record TooltipX
{
    public string? Format { get; init; }
}

public sealed record PlotOptions
{
    public BarOptions? Bar { get; init; }
}

public sealed record BarOptions
{
    public bool? Horizontal { get; init; }
    public string? BorderRadius { get; init; }
    public string? ColumnWidth { get; init; }
    public string? BarHeight { get; init; }
}

public sealed record ChartTheme
{
    public string? Mode { get; init; }
}

public sealed record Fill
{
    public double? Opacity { get; init; }
}

/// <summary>One named series; for category axes X is the category, for datetime axes Unix milliseconds.
/// A null Y is sent as null (a gap), not left out.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Data)
{
    public string? Type { get; init; }
    public string? Color { get; init; }
}

public readonly record struct ChartPoint(
    object X,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)] double? Y)
{
    /// <summary>A 0-1 rate as a percentage to one decimal, the way the rate charts plot it; null stays a gap.</summary>
    public static double? Percent(double? rate) => rate is { } r ? Math.Round(r * 100, 1) : null;
}
