using System.Globalization;
using CainiaoDashboard.Shared.Charts;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// The flow diagram's colours for one theme mode. Links go from red at 70% on time or below, through amber, to
/// green at 100%, grey while nothing was attempted; on a dark surface the same hues are lighter, so thin links
/// and nodes stay visible. Text colours come from the page's CSS (or, standalone, from the SVG itself).
/// </summary>
public sealed record SankeyColours(double Saturation, double Lightness, string NoAttempts, IReadOnlyList<string> NodeFills)
{
    public static readonly SankeyColours Light = new(0.62, 0.45, "#9e9e9e", ["#5c6bc0", "#26a69a", "#ff7043", "#8d6e63"]);

    public static readonly SankeyColours Dark = new(0.70, 0.64, "#9e9e9e", ["#9fa8da", "#80cbc4", "#ffab91", "#bcaaa4"]);

    public static SankeyColours For(ChartPalette? palette) => palette?.Mode == ChartPalette.Dark.Mode ? Dark : Light;

    public string OnTime(double? rate)
    {
        if (rate is not { } r) return NoAttempts;
        var hue = Math.Clamp((r - 0.70) / 0.30, 0, 1) * 130;
        return Hsl(hue, Saturation, Lightness);
    }

    public string Node(FlowColumn column) => column switch
    {
        FlowColumn.OriginRegion => NodeFills[0],
        FlowColumn.Hub => NodeFills[1],
        FlowColumn.Partner => NodeFills[2],
        _ => NodeFills[3],
    };

    private static string Hsl(double h, double s, double l)
    {
        var c = (1 - Math.Abs(2 * l - 1)) * s;
        var x = c * (1 - Math.Abs(h / 60 % 2 - 1));
        var m = l - c / 2;
        var (r, g, b) = h switch
        {
            < 60 => (c, x, 0.0),
            < 120 => (x, c, 0.0),
            _ => (0.0, c, x),
        };
        return string.Create(CultureInfo.InvariantCulture, $"#{(int)Math.Round((r + m) * 255):x2}{(int)Math.Round((g + m) * 255):x2}{(int)Math.Round((b + m) * 255):x2}");
    }
}
