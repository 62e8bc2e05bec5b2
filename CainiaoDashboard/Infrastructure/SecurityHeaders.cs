using System.Security.Cryptography;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// Security headers on every response: pages, static files, the API, errors and /healthz. They are written when the
/// response starts, so an error page rendered after the exception handler cleared the response has them too.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext http)
    {
        // A nonce must be unguessable, so it comes from the cryptographic generator, never from a seed. Hex, so the
        // attribute needs no HTML encoding.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        ScriptNonce.Set(http, nonce);
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
            return Task.CompletedTask;
        });
        return next(http);
    }

    private static string ContentSecurityPolicy(string nonce) => string.Join("; ",
        "default-src 'self'",
        // Blazor, MudBlazor, ApexCharts and the components' modules are files of this site; the import map .NET renders
        // inline carries the nonce. No 'unsafe-inline' and no 'unsafe-eval' for scripts.
        $"script-src 'self' 'nonce-{nonce}'",
        // MudBlazor (its theme's <style> element, style attributes) and ApexCharts (styles it injects and sets on the
        // chart's elements) need inline styles; without 'unsafe-inline' here the theme and the charts break.
        "style-src 'self' 'unsafe-inline'",
        // data: for the SVG icons in MudBlazor's CSS and the SVG ApexCharts draws onto a canvas for its PNG download.
        "img-src 'self' data:",
        // No web fonts are loaded from elsewhere: the theme falls back to the system's fonts.
        "font-src 'self'",
        // fetch (CSV export) and the live connection's WebSocket: in CSP Level 3 'self' also matches ws: and wss: of
        // this host, which Chromium, Firefox and Safari implement.
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");
}
