using CainiaoDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>
/// <c>POST /api/carriers/{carrier}/webhooks/{format}</c>: a carrier's or aggregator's own push format, with the carrier's
/// API key as on the events door, read by the format's adapter into the same write path (validation, de-duplication,
/// rollups) and answered in the form its sender expects.
/// </summary>
public static class WebhookEndpoint
{
    private const string Route = "/api/carriers/{carrier}/webhooks/{format}";

    public static void MapCarrierWebhooks(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, HandleAsync)
            .DisableAntiforgery()
            .AllowAnonymous() // carriers authenticate with their API key, checked in the handler
            .WithName("PostCarrierWebhook");

        JsonBatchBody.MapOtherMethods(app, Route, "webhooks", "CarrierWebhookOtherMethods");
    }

    private static async Task<IResult> HandleAsync(
        string carrier, string format, HttpContext http, ApiKeys keys, CarrierEventValidator validator,
        IngestPipeline pipeline, IDbContextFactory<CainiaoDbContext> dbFactory, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        if (WebhookFormats.Find(format) is not { } reader)
        {
            return Results.Problem(statusCode: 404, title: "Unknown webhook format",
                detail: $"'{ClientEcho.Cut(format)}' is not one of: {string.Join(", ", WebhookFormats.All.Select(f => f.Name))}.");
        }

        var (route, refusal) = await CarrierDoor.CheckKeyAsync(carrier, http, keys, cancellationToken);
        if (refusal is not null) return refusal;

        var logger = logs.CreateLogger(typeof(WebhookEndpoint));
        var (body, problem) = await JsonBatchBody.ReadTextAsync(http, $"carrier {route!.Code} ({reader.Name})", logger, cancellationToken);
        if (problem is not null) return problem;

        WebhookPayload payload;
        try
        {
            payload = reader.Read(body!, http.Request.ContentType, new WebhookScans(reader, route.Id, validator));
        }
        catch (WebhookPayloadException ex)
        {
            return reader.Malformed(ex.Message);
        }

        if (payload.Items.Count > JsonBatchBody.MaxItems)
        {
            return reader.Malformed($"At most {JsonBatchBody.MaxItems} scans per request; this one has {payload.Items.Count}.");
        }

        var valid = payload.Items.Where(i => i.Event is not null).Select(i => i.Event!).ToList();
        if (await CarrierDoor.OtherCarriersNumbersAsync(dbFactory, route.Id, valid, cancellationToken) is { } foreign) return foreign;

        var outcomes = valid.Count == 0 ? [] : await pipeline.SubmitAsync(valid, cancellationToken);
        return reader.Answer(IngestResponse.From(payload.Items, outcomes));
    }
}
