using System.Globalization;

namespace CainiaoDashboard.Shared;

/// <summary>
/// How rates and counts read on screen, the same on every page: rates as percentages with one decimal
/// ("93.5%"), counts with thousands separators ("12,345"), an em dash when a figure is not known.
/// </summary>
public static class Formats
{
    public const string Missing = "—";

    // Fixed rather than the request's culture, so server-side text (alerts, titles) matches the pages.
    // The reader's culture (both languages group thousands with commas and use a decimal point); a thread in any other
    // culture formats as English does.
    private static CultureInfo Display => DashboardCulture.Find(CultureInfo.CurrentCulture.Name) ?? DashboardCulture.English;

    /// <summary>A rate between 0 and 1 as a percentage, e.g. 0.935 → "93.5%".</summary>
    public static string Percent(double rate, int decimals = 1) => (rate * 100).ToString("F" + decimals, Display) + "%";

    public static string Percent(double? rate, string missing) => rate is { } r ? Percent(r) : missing;

    /// <summary>A change as a rate, with its sign: +12.5% or -3.0%.</summary>
    public static string SignedPercent(double rate) => (rate >= 0 ? "+" : "") + Percent(rate);

    /// <summary>The difference between two rates, in percentage points: 0.012 → "1.2 pts".</summary>
    public static string Points(double rateDifference) => Labels.Of("{0} pts", (rateDifference * 100).ToString("0.0", Display));

    public static string Count(double count) => count.ToString("N0", Display);

    /// <summary>A figure with one decimal, e.g. complaints per 10k parcels.</summary>
    public static string OneDecimal(double value) => value.ToString("0.0", Display);
}
