namespace CainiaoDashboard.Ingest;

/// <summary>
/// <c>POST /api/complaints</c>: complaints from a platform's customer-service system into the one write path, with a
/// platform key. Each complaint is stored once however often it is sent (by the system's name and its complaint id).
/// </summary>
public static class ComplaintsEndpoint
{
    public static void MapComplaintsApi(this IEndpointRouteBuilder app) =>
        PlatformDoor.Map(app, "/api/complaints", HandleAsync, "complaints", "Complaints");

    private static async Task<IResult> HandleAsync(
        HttpContext http, ApiKeys keys, IncomingComplaintValidator validator, IngestPipeline pipeline, ILoggerFactory logs,
        CancellationToken cancellationToken)
    {
        var (platform, items, errors, problem) = await PlatformDoor.ReadAsync<IncomingComplaint>(
            http, keys, logs.CreateLogger(typeof(ComplaintsEndpoint)), "complaint", cancellationToken);
        if (problem is not null) return problem;

        var filings = new ComplaintFiling?[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (errors[i] is null) (filings[i], errors[i]) = validator.Validate(platform, items[i]!);
        }

        var valid = filings.OfType<ComplaintFiling>().ToList();
        var outcomes = valid.Count == 0 ? [] : (await pipeline.SubmitAsync(new IngestBatch([], [], valid), cancellationToken)).Complaints;
        return Results.Ok(ComplaintsResponse.From(items, errors, outcomes));
    }
}

/// <summary>The answer to posted complaints: counts, and a reason for every rejected one (by its index).</summary>
public sealed record ComplaintsResponse(int Accepted, int Duplicates, int Rejected, IReadOnlyList<ComplaintRejection> Rejections)
{
    internal static ComplaintsResponse From(IReadOnlyList<IncomingComplaint?> items, string?[] errors, IReadOnlyList<ComplaintOutcome> outcomes)
    {
        var rejections = new List<ComplaintRejection>();
        int accepted = 0, duplicates = 0, next = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (errors[i] is { } error)
            {
                rejections.Add(ComplaintRejection.Of(i, items[i], error));
                continue;
            }

            switch (outcomes[next++])
            {
                case ComplaintOutcome.Filed: accepted++; break;
                case ComplaintOutcome.Duplicate: duplicates++; break;
                case var refused: rejections.Add(ComplaintRejection.Of(i, items[i], Reason(refused))); break;
            }
        }

        return new ComplaintsResponse(accepted, duplicates, rejections.Count, rejections);
    }

    internal static string Reason(ComplaintOutcome refused) => refused == ComplaintOutcome.UnknownParcel
        ? "unknown parcel"
        : "complaintId was sent before with a different parcel, category, channel or text";
}

/// <summary>A rejected complaint: its index in the batch, its <c>complaintId</c> as sent (cut short) and why.</summary>
public sealed record ComplaintRejection(int Index, string? ComplaintId, string Reason)
{
    internal static ComplaintRejection Of(int index, IncomingComplaint? item, string reason) =>
        new(index, item?.ComplaintId is { } id ? ClientEcho.Cut(id, IncomingComplaintValidator.MaxComplaintIdLength) : null, reason);
}
