using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The culture pages format numbers, dates and times in: English text with ISO dates (yyyy-MM-dd), 24-hour
/// time and weeks starting on Monday, as China's operations teams read them. A circuit takes the culture of the
/// request that opened it, so request localization is what sets it for every page and picker.
/// </summary>
public static class DashboardCulture
{
    public static readonly CultureInfo Default = Create();

    private static CultureInfo Create()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("en-GB").Clone();
        var format = culture.DateTimeFormat;
        format.ShortDatePattern = "yyyy-MM-dd";
        format.ShortTimePattern = "HH:mm";
        format.LongTimePattern = "HH:mm:ss";
        format.FirstDayOfWeek = DayOfWeek.Monday;
        return CultureInfo.ReadOnly(culture);
    }

    public static IApplicationBuilder UseDashboardCulture(this IApplicationBuilder app)
    {
        // Renders pushed by background notifiers run on pool threads, outside any request: they get the default too.
        CultureInfo.DefaultThreadCurrentCulture = Default;
        CultureInfo.DefaultThreadCurrentUICulture = Default;
        return app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Default, Default),
            SupportedCultures = [Default],
            SupportedUICultures = [Default],
        });
    }
}
