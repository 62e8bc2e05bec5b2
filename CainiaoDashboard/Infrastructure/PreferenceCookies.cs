namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// A choice made in the static app bar (theme, language): a form posts it, the answer remembers it in a cookie and sends
/// the browser back to the page it was on, which then renders with it.
/// </summary>
internal static class PreferenceCookies
{
    public static readonly CookieOptions Options = new()
    {
        Path = "/",
        MaxAge = TimeSpan.FromDays(365),
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
    };

    /// <summary>Back to the page the form was on: only a path on this site ("//host" and "/\host" are other sites to a browser).</summary>
    public static IResult BackTo(string? returnUrl) =>
        TypedResults.LocalRedirect(returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/");
}
