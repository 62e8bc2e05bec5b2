using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Localization;

namespace CainiaoDashboard.Infrastructure;

public static class LanguageEndpoint
{
    public const string Path = "/language";

    /// <summary>
    /// The language switch's form: the choice goes into the standard culture cookie and the browser comes back to the same
    /// address (page and filters), drawn in that language; a page with a live circuit posts it by script and stays on the
    /// same circuit (<c>StatusBar.razor.js</c>). A language the dashboard does not speak changes nothing.
    /// </summary>
    public static void MapLanguageEndpoint(this IEndpointRouteBuilder app) =>
        _ = app.MapPost(Path, (HttpContext http, IFormCollection form) =>
        {
            if (DashboardCulture.Find(form["culture"]) is { } culture)
            {
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), PreferenceCookies.Options);
            }

            return PreferenceCookies.BackTo(form["returnUrl"]);
        }).AllowAnonymous(); // the sign-in page has the switch too; the cookie only names a language
}
