namespace CainiaoDashboard.Infrastructure;

public static class BrowserSecurity
{
    /// <summary>
    /// Security headers on every response and the live connection's origin rule. Call it first, so every response
    /// (errors and redirects included) passes through it.
    /// </summary>
    public static void UseBrowserSecurity(this IApplicationBuilder app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<HubOriginCheck>();
    }
}
