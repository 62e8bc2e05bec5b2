using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Infrastructure;

public static class ThemeEndpoint
{
    public const string Path = "/theme";

    /// <summary>
    /// The theme toggle's form: the choice is remembered in a cookie and the page comes back in the new theme; a page
    /// with a live circuit posts it by script and stays on the same circuit (<c>StatusBar.razor.js</c>).
    /// </summary>
    public static void MapThemeEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, (HttpContext http, IFormCollection form) =>
        {
            http.Response.Cookies.Append(DashboardTheme.CookieName,
                form["theme"] == DashboardTheme.Dark ? DashboardTheme.Dark : DashboardTheme.Light, PreferenceCookies.Options);
            return PreferenceCookies.BackTo(form["returnUrl"]);
        });
}
