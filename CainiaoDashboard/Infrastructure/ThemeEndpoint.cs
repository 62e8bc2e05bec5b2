using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Infrastructure;

public static class ThemeEndpoint
{
    public const string Path = "/theme";

    /// <summary>
    /// The theme toggle is a form in the static app bar: the choice is remembered in a cookie on this response and
    /// the browser comes back to the page it was on, which renders in the new theme.
    /// </summary>
    public static void MapThemeEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(Path, (HttpContext http, IFormCollection form) =>
        {
            var dark = form["theme"] == "dark";
            http.Response.Cookies.Append(DashboardTheme.CookieName, dark ? "dark" : "light", new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
            });
            return TypedResults.LocalRedirect(IsLocalPath(form["returnUrl"]) ? form["returnUrl"].ToString() : "/");
        });

    // Only a path on this site: "//host" and "/\host" are other sites to a browser.
    private static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
