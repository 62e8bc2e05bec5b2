using System.Globalization;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The language of a download (CSV, SVG), which its <c>lang</c> parameter chooses: the pages' links pass their reader's,
/// and without it a download is English, whatever the browser prefers, so scripts keep their column names.
/// </summary>
public static class DownloadLanguage
{
    public const string Key = "lang";

    /// <summary>The language <c>lang</c> asks for: English without one; null for one the dashboard does not speak.</summary>
    public static CultureInfo? Of(string? lang) =>
        string.IsNullOrWhiteSpace(lang) ? DashboardCulture.English : DashboardCulture.Find(lang.Trim());

    /// <summary>The query pair asking for the reader's language (English for a culture the dashboard does not speak).</summary>
    public static string QueryFor(CultureInfo reader) =>
        $"{Key}={Uri.EscapeDataString((DashboardCulture.Find(reader.Name) ?? DashboardCulture.English).Name)}";

    /// <summary>Words and formats the rest of the request in the language (the request's own culture is the browser's).</summary>
    public static void Use(CultureInfo language) => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (language, language);
}
