using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Overview;

/// <summary>How KPI values and their day-on-day changes read on screen.</summary>
public static class KpiFormat
{
    private static readonly IStringLocalizer Text = Translations.For(typeof(KpiFormat));

    public static string Value(double? value, KpiUnit unit) => value switch
    {
        null => Formats.Missing,
        { } v => unit switch
        {
            KpiUnit.Rate => Formats.Percent(v),
            KpiUnit.Per10k => Formats.OneDecimal(v),
            _ => Formats.Count(v),
        },
    };

    public static string Change(double? value, double? previous, KpiUnit unit)
    {
        if (value is not { } now || previous is not { } before) return Text["No comparison yet"];
        var delta = now - before;
        var sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
        var magnitude = Math.Abs(delta);
        var text = unit switch
        {
            KpiUnit.Rate => Formats.Points(magnitude),
            KpiUnit.Per10k => Formats.OneDecimal(magnitude),
            _ => Formats.Count(magnitude),
        };
        return Text["{0} vs same time yesterday", sign + text];
    }
}
