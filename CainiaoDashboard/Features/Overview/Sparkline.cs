using System.Globalization;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// The geometry of a KPI card's 24-hour trend line, drawn as inline SVG by the card: eight small ApexCharts instances
/// per page would cost more than they show, and eight Sparkline components per circuit more than the markup.
/// </summary>
public static class Sparkline
{
    public const int Width = 120, Height = 32;

    /// <summary>The polyline's points over the known values, or null when fewer than two are known.</summary>
    public static string? Points(IReadOnlyList<double?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToArray();
        if (known.Length < 2) return null;

        double min = known.Min(), max = known.Max(), span = max - min;
        return string.Join(" ", values
            .Select((v, i) => (v, i))
            .Where(p => p.v is not null)
            .Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{p.i * (double)Width / Math.Max(1, values.Count - 1):F1},{(span == 0 ? Height / 2.0 : Height - 2 - (p.v!.Value - min) / span * (Height - 4)):F1}")));
    }
}
