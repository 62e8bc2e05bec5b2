using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The languages the dashboard speaks, English and Simplified Chinese, each formatting numbers, dates and times as China's
/// operations teams read them: ISO dates (yyyy-MM-dd), 24-hour time, weeks starting on Monday. A request takes the
/// language chosen with the switch (the standard ASP.NET Core culture cookie), else the browser's Accept-Language, else
/// English; a circuit starts in the culture of the request that opened it (CircuitCulture).
/// </summary>
public static class DashboardCulture
{
    public static readonly CultureInfo English = Create("en-GB");
    public static readonly CultureInfo Chinese = Create("zh-CN");

    /// <summary>Where nothing chose a language, and for renders pushed outside any request.</summary>
    public static readonly CultureInfo Default = English;

    public static readonly IReadOnlyList<CultureInfo> Supported = [English, Chinese];

    /// <summary>
    /// The key of an interactive island as the static page renders it: the language, so that the enhanced refresh after a
    /// language switch replaces each island with one created in the new language, in the same circuit, instead of
    /// handing the old one new parameters.
    /// </summary>
    public static string IslandKey => CultureInfo.CurrentUICulture.Name;

    /// <summary>The language a culture name chooses (<c>zh-CN</c>, <c>en-GB</c>), or null for one the dashboard does not speak.</summary>
    public static CultureInfo? Find(string? name) =>
        Supported.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    private static CultureInfo Create(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        var format = culture.DateTimeFormat;
        format.ShortDatePattern = "yyyy-MM-dd";
        format.ShortTimePattern = "HH:mm";
        format.LongTimePattern = "HH:mm:ss";
        format.FirstDayOfWeek = DayOfWeek.Monday;
        if (culture.TwoLetterISOLanguageName == "en")
        {
            // ICU's British English shortens September to "Sept"; the dashboard's English (and the CSVs scripts read) says "Sep".
            format.AbbreviatedMonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
            format.AbbreviatedMonthGenitiveNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthGenitiveNames;
        }
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>The text of the pages: <c>Resources/&lt;namespace path&gt;/&lt;Type&gt;.zh-CN.resx</c>; a string's English text is its key.</summary>
    public static IServiceCollection AddDashboardLocalization(this IServiceCollection services) =>
        services.AddLocalization().AddSingleton<IStringLocalizerFactory, TranslationsFactory>();

    public static IApplicationBuilder UseDashboardCulture(this IApplicationBuilder app)
    {
        // Renders pushed by background notifiers run on pool threads, outside any request: they get the default too.
        CultureInfo.DefaultThreadCurrentCulture = Default;
        CultureInfo.DefaultThreadCurrentUICulture = Default;
        return app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Default, Default),
            SupportedCultures = [.. Supported],
            SupportedUICultures = [.. Supported],
            RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()],
        });
    }
}
