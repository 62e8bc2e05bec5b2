using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// The body every ingest door takes: a non-empty JSON array of at most <see cref="MaxItems"/> objects in at most
/// <see cref="MaxBodyBytes"/> bytes. Reads it, or answers why not (content type, size, syntax) as a problem.
/// </summary>
public static class JsonBatchBody
{
    public const long MaxBodyBytes = 1024 * 1024;
    public const int MaxItems = 1000;

    private const int MaxDetailLength = 200;

    /// <summary>The parsed array (the caller disposes it), or the problem to answer with instead.</summary>
    /// <param name="items">What the array holds, for the messages: "events", "registrations", "complaints".</param>
    /// <param name="sender">Who posted, for the log when the body could not be read.</param>
    public static async Task<(JsonDocument? Array, IResult? Problem)> ReadAsync(
        HttpContext http, string items, string sender, ILogger logger, CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, Results.Problem(statusCode: 400, title: "Wrong content type", detail: "Send a JSON array with Content-Type: application/json."));
        }

        var sizeLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false }) sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return (null, BodyTooLarge(http));
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return (null, Results.Problem(statusCode: 400, title: "Malformed JSON", detail: ClientEcho.Cut(ex.Message, MaxDetailLength)));
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel cut the body off (too large, too slow, shorter than announced): the client's fault, not ours.
            logger.LogWarning("Request body from {Sender} not read: {Status} {Reason}", sender, ex.StatusCode, ex.Message);
            return (null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? BodyTooLarge(http)
                : Results.Problem(statusCode: ex.StatusCode, title: "Request body not read", detail: ClientEcho.Cut(ex.Message, MaxDetailLength)));
        }

        var root = document.RootElement;
        var problem = root.ValueKind == JsonValueKind.Null || root.ValueKind == JsonValueKind.Array && root.GetArrayLength() == 0
            ? Results.Problem(statusCode: 400, title: $"No {items}", detail: $"Send a non-empty JSON array of {items}.")
            : root.ValueKind != JsonValueKind.Array
                ? Results.Problem(statusCode: 400, title: "Malformed JSON", detail: $"Send a JSON array of {items}.")
                : root.GetArrayLength() > MaxItems
                    ? Results.Problem(statusCode: 400, title: $"Too many {items}",
                        detail: $"At most {MaxItems} {items} per request; this one has {root.GetArrayLength()}.")
                    : null;
        if (problem is null) return (document, null);

        document.Dispose();
        return (null, problem);
    }

    /// <summary>The body's items, each with the reason it cannot be read (null when it can); or the problem to answer with.</summary>
    /// <param name="item">One item, for the messages: "event", "registration", "complaint".</param>
    public static async Task<(T?[] Items, string?[] Errors, IResult? Problem)> ReadItemsAsync<T>(
        HttpContext http, string item, string sender, ILogger logger, CancellationToken cancellationToken) where T : class
    {
        var (array, problem) = await ReadAsync(http, $"{item}s", sender, logger, cancellationToken);
        if (problem is not null) return ([], [], problem);
        using (array)
        {
            var (items, errors) = IncomingBatchItems.ReadAll<T>(array!.RootElement, item);
            return (items, errors, null);
        }
    }

    /// <summary>
    /// Answers 405 with <c>Allow: POST</c> for every other method on the route. Without this, routing's own 405 endpoint
    /// falls under the "signed in" fallback policy and answers 401. It has no method of its own, so it takes every method
    /// but POST: routing prefers the endpoint that names the method.
    /// </summary>
    public static void MapOtherMethods(IEndpointRouteBuilder app, string route, string items, string name) =>
        app.Map(route, (HttpContext http) =>
            {
                http.Response.Headers.Allow = "POST";
                return Results.Problem(statusCode: 405, title: "Method not allowed", detail: $"Post {items} to this address.");
            })
            .AllowAnonymous()
            .WithName(name);

    /// <summary>
    /// The whole body as text (UTF-8), at most <see cref="MaxBodyBytes"/> bytes, for the webhook formats, whose bodies are
    /// not arrays (and not always JSON); or the problem to answer with.
    /// </summary>
    public static async Task<(string? Text, IResult? Problem)> ReadTextAsync(
        HttpContext http, string sender, ILogger logger, CancellationToken cancellationToken)
    {
        var sizeLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false }) sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        if (http.Request.ContentLength > MaxBodyBytes) return (null, BodyTooLarge(http));
        try
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(text)
                ? (null, Results.Problem(statusCode: 400, title: "Empty body", detail: "The request has no body."))
                : (text, null);
        }
        catch (BadHttpRequestException ex)
        {
            logger.LogWarning("Request body from {Sender} not read: {Status} {Reason}", sender, ex.StatusCode, ex.Message);
            return (null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? BodyTooLarge(http)
                : Results.Problem(statusCode: ex.StatusCode, title: "Request body not read", detail: ClientEcho.Cut(ex.Message, MaxDetailLength)));
        }
    }

    /// <summary>
    /// The rest of the body stays unread, so Kestrel drops the connection after the answer: say so, or a client
    /// reuses the connection for its next request and sees it cut.
    /// </summary>
    private static IResult BodyTooLarge(HttpContext http)
    {
        http.Response.Headers.Connection = "close";
        return Results.Problem(statusCode: 413, title: "Body too large", detail: $"At most {MaxBodyBytes} bytes per request.");
    }
}
