namespace CainiaoDashboard.Ingest;

/// <summary>
/// What the platform systems' doors (<c>POST /api/parcels</c>, <c>POST /api/complaints</c>) share: a platform key, a JSON
/// array of items read one at a time, and 405 for other methods. Each door validates and submits its own items.
/// </summary>
public static class PlatformDoor
{
    /// <summary>Maps the door: POST to <paramref name="handler"/>, any other method to 405.</summary>
    /// <param name="items">What the array holds, for the messages: "registrations", "complaints".</param>
    public static void Map(IEndpointRouteBuilder app, string route, Delegate handler, string items, string name)
    {
        app.MapPost(route, handler)
            .DisableAntiforgery()
            .AllowAnonymous() // platform systems authenticate with their API key, checked in the handler
            .WithName($"Post{name}");

        JsonBatchBody.MapOtherMethods(app, route, items, $"{name}OtherMethods");
    }

    /// <summary>The posting system's name and the array's items, each with the reason it cannot be read; or the problem to answer with.</summary>
    /// <param name="item">One item, for the reasons: "registration", "complaint".</param>
    public static async Task<(string Platform, T?[] Items, string?[] Errors, IResult? Problem)> ReadAsync<T>(
        HttpContext http, ApiKeys keys, ILogger logger, string item, CancellationToken cancellationToken) where T : class
    {
        if (await keys.FindPlatformAsync(http.Request.Headers[ApiKeys.HeaderName], cancellationToken) is not { } platform)
        {
            return ("", [], [], Results.Problem(statusCode: 401, title: "Missing or invalid API key",
                detail: $"Send a platform key in the {ApiKeys.HeaderName} header (carrier keys post scans only)."));
        }

        var (items, errors, problem) = await JsonBatchBody.ReadItemsAsync<T>(http, item, $"platform {platform}", logger, cancellationToken);
        return (platform, items, errors, problem);
    }
}
