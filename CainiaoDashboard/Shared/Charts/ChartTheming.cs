namespace CainiaoDashboard.Shared.Charts;

/// <summary>Fills in what a chart takes from the theme: mode, text and grid colours, and the series colours
/// where the chart names none. What a chart sets itself wins.</summary>
public static class ChartTheming
{
    public static ChartOptions Apply(ChartOptions options, ChartPalette palette, string chartId) => options with
    {
        Chart = (options.Chart ?? new ChartSettings()) with
        {
            Id = chartId,
            ForeColor = options.Chart?.ForeColor ?? palette.TextColor,
            Background = options.Chart?.Background ?? "transparent",
        },
        Theme = (options.Theme ?? new ChartTheme()) with { Mode = palette.Mode },
        Tooltip = (options.Tooltip ?? new Tooltip()) with { Theme = palette.Mode },
        Grid = (options.Grid ?? new Grid()) with { BorderColor = options.Grid?.BorderColor ?? palette.GridColor },
        Colors = options.Colors ?? palette.Series,
    };
}
