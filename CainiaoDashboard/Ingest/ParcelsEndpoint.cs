namespace CainiaoDashboard.Ingest;

/// <summary>
/// <c>POST /api/parcels</c>: parcels registered by the marketplaces' order systems (with a platform key) into the one
/// write path. Idempotent by tracking number: the same registration again is a duplicate, one with a later promise is
/// recorded as a promise change, and any other change is refused with the fields that differ.
/// </summary>
public static class ParcelsEndpoint
{
    public static void MapParcelsApi(this IEndpointRouteBuilder app) =>
        PlatformDoor.Map(app, "/api/parcels", HandleAsync, "registrations", "Parcels");

    private static async Task<IResult> HandleAsync(
        HttpContext http, ApiKeys keys, IncomingParcelValidator validator, IngestPipeline pipeline, ILoggerFactory logs,
        CancellationToken cancellationToken)
    {
        var (_, items, errors, problem) = await PlatformDoor.ReadAsync<IncomingParcel>(
            http, keys, logs.CreateLogger(typeof(ParcelsEndpoint)), "registration", cancellationToken);
        if (problem is not null) return problem;

        var registrations = new ParcelRegistration?[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (errors[i] is null) (registrations[i], errors[i]) = validator.Validate(items[i]!);
        }

        var valid = registrations.OfType<ParcelRegistration>().ToList();
        var results = valid.Count == 0 ? [] : (await pipeline.SubmitAsync(new IngestBatch(valid, [], []), cancellationToken)).Registrations;
        return Results.Ok(RegistrationsResponse.From(items, errors, results));
    }
}

/// <summary>The answer to posted registrations: counts, and a reason for every rejected one (by its index).</summary>
/// <param name="PromiseChanges">Registrations sent again with a later <c>promisedAt</c>: recorded as promise changes.</param>
public sealed record RegistrationsResponse(
    int Accepted, int Duplicates, int PromiseChanges, int Rejected, IReadOnlyList<RegistrationRejection> Rejections)
{
    internal static RegistrationsResponse From(IReadOnlyList<IncomingParcel?> items, string?[] errors, IReadOnlyList<RegistrationResult> results)
    {
        var rejections = new List<RegistrationRejection>();
        int accepted = 0, duplicates = 0, promiseChanges = 0, next = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (errors[i] is { } error)
            {
                rejections.Add(RegistrationRejection.Of(i, items[i], error));
                continue;
            }

            var result = results[next++];
            switch (result.Outcome)
            {
                case RegistrationOutcome.Registered: accepted++; break;
                case RegistrationOutcome.Duplicate: duplicates++; break;
                case RegistrationOutcome.PromiseChanged: promiseChanges++; break;
                default: rejections.Add(RegistrationRejection.Of(i, items[i], ConflictReason(result.Differences))); break;
            }
        }

        return new RegistrationsResponse(accepted, duplicates, promiseChanges, rejections.Count, rejections);
    }

    internal static string ConflictReason(IReadOnlyList<string> differences) => differences switch
    {
        ["trackingNumber"] => "trackingNumber belongs to another parcel (its hand-over number)",
        ["promisedAt"] => "promisedAt is earlier than the promise on record: a promise may only move later",
        _ => $"trackingNumber was registered before with another {string.Join(", ", differences)}",
    };
}

/// <summary>A rejected registration: its index in the batch, its <c>trackingNumber</c> as sent (cut short) and why.</summary>
public sealed record RegistrationRejection(int Index, string? TrackingNumber, string Reason)
{
    internal static RegistrationRejection Of(int index, IncomingParcel? item, string reason) =>
        new(index, item?.TrackingNumber is { } number ? ClientEcho.Cut(number, CarrierEventValidator.MaxTrackingNumberLength) : null, reason);
}
