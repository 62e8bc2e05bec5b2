namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// The live connection (<c>/_blazor</c>: negotiation, WebSocket, long polling, disconnect) is for pages of this site
/// only: a request whose Origin is not the request's own scheme, host and port gets 403 before SignalR or the
/// sign-in check sees it, so another site cannot open a circuit with the visitor's cookie. Browsers always send Origin
/// on a WebSocket handshake and on a POST; a request without one comes from a client that is not a browser and holds
/// the cookie itself, where an origin check protects nothing, so it goes on to the usual sign-in check. Behind a
/// reverse proxy the proxy must pass the original Host and scheme on.
/// </summary>
public sealed class HubOriginCheck(RequestDelegate next, ILogger<HubOriginCheck> logger)
{
    public const string HubPath = "/_blazor";

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!request.Path.StartsWithSegments(HubPath) || request.Headers.Origin.Count == 0)
        {
            return next(http);
        }

        if (request.Headers.Origin.Count == 1 && IsOwnOrigin(request, request.Headers.Origin.ToString()))
        {
            return next(http);
        }

        logger.LogWarning("Refused a live connection request from origin {Origin}.", request.Headers.Origin.ToString());
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static bool IsOwnOrigin(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var given)
        && Uri.TryCreate($"{request.Scheme}://{request.Host}", UriKind.Absolute, out var own)
        && Uri.Compare(given, own, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
