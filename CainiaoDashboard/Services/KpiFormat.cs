using System.Globalization;

namespace CainiaoDashboard.Services;

/// <summary>How KPI values and their day-on-day changes read on screen.</summary>
public static class KpiFormat
{
    private static readonly CultureInfo Display = CultureInfo.GetCultureInfo("en-GB");

    public static string Value(double? value, KpiUnit unit) => value switch
    {
        null => "—",
        { } v => unit switch
        {
            KpiUnit.Rate => (v * 100).ToString("0.0", Display) + "%",
            KpiUnit.Per10k => v.ToString("0.0", Display),
            _ => v.ToString("N0", Display),
        },
    };

    public static string Change(double? value, double? previous, KpiUnit unit)
    {
        if (value is not { } now || previous is not { } before) return "No comparison yet";
        var delta = now - before;
        var sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
        var magnitude = Math.Abs(delta);
        var text = unit switch
        {
            KpiUnit.Rate => (magnitude * 100).ToString("0.0", Display) + " pts",
            KpiUnit.Per10k => magnitude.ToString("0.0", Display),
            _ => magnitude.ToString("N0", Display),
        };
        return $"{sign}{text} vs same time yesterday";
    }
}
