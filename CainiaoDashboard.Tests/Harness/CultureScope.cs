using System.Globalization;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// Renders and formats in one of the dashboard's languages until disposed, as a circuit of a reader of that language
/// does (both the culture that formats numbers and dates and the UI culture that picks the texts).
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    private CultureScope(CultureInfo language) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = language;

    public static CultureScope Chinese() => new(DashboardCulture.Chinese);

    public static CultureScope English() => new(DashboardCulture.English);

    /// <summary>By culture name, for theories over both languages ("en-GB", "zh-CN").</summary>
    public static CultureScope Of(string name) =>
        new(DashboardCulture.Find(name) ?? throw new ArgumentException($"The dashboard does not speak {name}.", nameof(name)));

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
}
