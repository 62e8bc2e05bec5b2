using System.Text.Json;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Ingest;

/// <summary><c>POST /api/carriers/{carrier}/events</c>: real carriers' status updates into the one write path.</summary>
public static class CarrierEventsEndpoint
{
    public const long MaxBodyBytes = 1024 * 1024;
    public const int MaxItems = 1000;

    private const int MaxDetailLength = 200;

    private const string Route = "/api/carriers/{carrier}/events";

    public static void MapCarrierEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync)
            .DisableAntiforgery()
            .AllowAnonymous() // carriers authenticate with their API key, checked in the handler
            .WithName("PostCarrierEvents");

        // Without this, routing's own 405 endpoint falls under the "signed in" fallback policy and answers 401. It has no
        // method of its own, so it takes every method but POST: routing prefers the endpoint that names the method.
        app.Map(Route, (HttpContext http) =>
            {
                http.Response.Headers.Allow = "POST";
                return Results.Problem(statusCode: 405, title: "Method not allowed", detail: "Post events to this address.");
            })
            .AllowAnonymous()
            .WithName("CarrierEventsOtherMethods");
    }

    private static async Task<IResult> HandleAsync(
        string carrier, HttpContext http, CarrierApiKeys keys, CarrierEventValidator validator,
        IngestPipeline pipeline, IDbContextFactory<CainiaoDbContext> dbFactory, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var keyCarrierId = await keys.FindCarrierAsync(http.Request.Headers[CarrierApiKeys.HeaderName], cancellationToken);
        if (keyCarrierId is null)
        {
            return Results.Problem(statusCode: 401, title: "Missing or invalid API key",
                detail: $"Send the carrier's key in the {CarrierApiKeys.HeaderName} header.");
        }

        var route = ReferenceData.Carriers.FirstOrDefault(c => string.Equals(c.Code, carrier, StringComparison.OrdinalIgnoreCase));
        if (route is null || route.Id != keyCarrierId)
        {
            return Results.Problem(statusCode: 403, title: "Not your carrier",
                detail: "This key only posts events for its own carrier.");
        }

        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem(statusCode: 400, title: "Wrong content type", detail: "Send a JSON array with Content-Type: application/json.");
        }

        var sizeLimit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeLimit is { IsReadOnly: false }) sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return BodyTooLarge(http);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException ex)
        {
            return Results.Problem(statusCode: 400, title: "Malformed JSON", detail: ClientEcho.Cut(ex.Message, MaxDetailLength));
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel cut the body off (too large, too slow, shorter than announced): the client's fault, not ours.
            logs.CreateLogger(typeof(CarrierEventsEndpoint)).LogWarning(
                "Request body from carrier {Carrier} not read: {Status} {Reason}", route.Code, ex.StatusCode, ex.Message);
            return ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? BodyTooLarge(http)
                : Results.Problem(statusCode: ex.StatusCode, title: "Request body not read", detail: ClientEcho.Cut(ex.Message, MaxDetailLength));
        }

        IncomingCarrierEvent?[] items;
        string?[] readErrors;
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Null || root.ValueKind == JsonValueKind.Array && root.GetArrayLength() == 0)
            {
                return Results.Problem(statusCode: 400, title: "No events", detail: "Send a non-empty JSON array of events.");
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                return Results.Problem(statusCode: 400, title: "Malformed JSON", detail: "Send a JSON array of events.");
            }

            if (root.GetArrayLength() > MaxItems)
            {
                return Results.Problem(statusCode: 400, title: "Too many events", detail: $"At most {MaxItems} events per request; this one has {root.GetArrayLength()}.");
            }

            items = new IncomingCarrierEvent?[root.GetArrayLength()];
            readErrors = new string?[items.Length];
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                readErrors[index] = IncomingBatchItems.Read(element, out items[index]);
                index++;
            }
        }

        var results = items.Select((item, i) => readErrors[i] is { } error ? ValidationResult.Reject(error) : validator.Validate(route.Id, item!)).ToArray();
        var valid = results.Where(r => r.Event is not null).Select(r => r.Event!).ToList();

        var foreign = await ForeignTrackingNumbersAsync(dbFactory, route.Id, valid, cancellationToken);
        if (foreign.Count > 0)
        {
            return Results.Problem(statusCode: 403, title: "Parcels of another carrier",
                detail: $"Nothing was stored: {string.Join(", ", foreign.Take(10))} belong to another carrier.");
        }

        var outcomes = valid.Count == 0 ? [] : await pipeline.SubmitAsync(valid, cancellationToken);
        return Results.Ok(IngestResponse.From(items, results, outcomes));
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

    /// <summary>
    /// The batch's tracking numbers that belong to another carrier: stored as another carrier's, or new numbers that a
    /// hand-over in this same batch gives to another carrier (posting on them afterwards would store part of the batch).
    /// </summary>
    private static async Task<List<string>> ForeignTrackingNumbersAsync(
        IDbContextFactory<CainiaoDbContext> dbFactory, int carrierId, List<CarrierEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0) return [];
        var posted = events.Select(e => e.TrackingNumber).ToHashSet(StringComparer.Ordinal);
        var handedOver = events.Where(e => e.Handover is { } h && h.CarrierId != carrierId)
            .Select(e => e.Handover!.TrackingNumber).ToHashSet(StringComparer.Ordinal);
        var lookUp = posted.Union(handedOver).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.ParcelTrackingNumbers.AsNoTracking()
            .Where(t => lookUp.Contains(t.TrackingNumber))
            .Select(t => new { t.TrackingNumber, t.CarrierId })
            .ToListAsync(cancellationToken);
        // A stored number cannot change hands: the writer rejects such a hand-over, so only new numbers move.
        var storedNumbers = stored.Select(t => t.TrackingNumber).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. stored.Where(t => t.CarrierId != carrierId && posted.Contains(t.TrackingNumber)).Select(t => t.TrackingNumber),
            .. posted.Where(n => handedOver.Contains(n) && !storedNumbers.Contains(n)),
        ];
    }
}
