using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Ingest;

/// <summary><c>POST /api/carriers/{carrier}/events</c>: real carriers' status updates into the one write path.</summary>
public static class CarrierEventsEndpoint
{
    private const string Route = "/api/carriers/{carrier}/events";

    public static void MapCarrierEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync)
            .DisableAntiforgery()
            .AllowAnonymous() // carriers authenticate with their API key, checked in the handler
            .WithName("PostCarrierEvents");

        JsonBatchBody.MapOtherMethods(app, Route, "events", "CarrierEventsOtherMethods");
    }

    private static async Task<IResult> HandleAsync(
        string carrier, HttpContext http, ApiKeys keys, CarrierEventValidator validator,
        IngestPipeline pipeline, IDbContextFactory<CainiaoDbContext> dbFactory, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var keyCarrierId = await keys.FindCarrierAsync(http.Request.Headers[ApiKeys.HeaderName], cancellationToken);
        if (keyCarrierId is null)
        {
            return Results.Problem(statusCode: 401, title: "Missing or invalid API key",
                detail: $"Send the carrier's key in the {ApiKeys.HeaderName} header.");
        }

        var route = ReferenceData.Carriers.FirstOrDefault(c => string.Equals(c.Code, carrier, StringComparison.OrdinalIgnoreCase));
        if (route is null || route.Id != keyCarrierId)
        {
            return Results.Problem(statusCode: 403, title: "Not your carrier",
                detail: "This key only posts events for its own carrier.");
        }

        var logger = logs.CreateLogger(typeof(CarrierEventsEndpoint));
        var (items, readErrors, problem) = await JsonBatchBody.ReadItemsAsync<IncomingCarrierEvent>(
            http, "event", $"carrier {route.Code}", logger, cancellationToken);
        if (problem is not null) return problem;

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
