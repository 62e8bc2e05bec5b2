using CainiaoDashboard.Data;
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
        var (route, refusal) = await CarrierDoor.CheckKeyAsync(carrier, http, keys, cancellationToken);
        if (refusal is not null) return refusal;

        var logger = logs.CreateLogger(typeof(CarrierEventsEndpoint));
        var (items, readErrors, problem) = await JsonBatchBody.ReadItemsAsync<IncomingCarrierEvent>(
            http, "event", $"carrier {route!.Code}", logger, cancellationToken);
        if (problem is not null) return problem;

        var results = items.Select((item, i) => readErrors[i] is { } error ? ValidationResult.Reject(error) : validator.Validate(route.Id, item!)).ToArray();
        var valid = results.Where(r => r.Event is not null).Select(r => r.Event!).ToList();
        if (await CarrierDoor.OtherCarriersNumbersAsync(dbFactory, route.Id, valid, cancellationToken) is { } foreign) return foreign;

        var outcomes = valid.Count == 0 ? [] : await pipeline.SubmitAsync(valid, cancellationToken);
        return Results.Ok(IngestResponse.From(items, results, outcomes));
    }
}
