using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Infrastructure;

public static class ThemeEndpoint
{
    public const string Path = "/theme";

    /// <summary>The theme toggle's form: the choice is remembered in a cookie and the page comes back in the new theme.</summary>
    public static void MapThemeEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, (HttpContext http, IFormCollection form) =>
        {
            http.Response.Cookies.Append(DashboardTheme.CookieName, form["theme"] == "dark" ? "dark" : "light", PreferenceCookies.Options);
            return PreferenceCookies.BackTo(form["returnUrl"]);
        });
}
