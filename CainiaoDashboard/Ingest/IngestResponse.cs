namespace CainiaoDashboard.Ingest;

/// <summary>The answer to a posted batch: counts, and a reason for every rejected item (by its index).</summary>
public sealed record IngestResponse(int Accepted, int Duplicates, int Rejected, IReadOnlyList<IngestRejection> Rejections)
{
    internal static IngestResponse From(IReadOnlyList<IncomingCarrierEvent?> items, ValidationResult[] results, EventOutcome[] outcomes)
    {
        var rejections = new List<IngestRejection>();
        int accepted = 0, duplicates = 0, next = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (results[i].Error is { } error)
            {
                rejections.Add(new IngestRejection(i, items[i]?.EventId, error));
                continue;
            }

            switch (outcomes[next++])
            {
                case EventOutcome.Accepted: accepted++; break;
                case EventOutcome.Duplicate: duplicates++; break;
                case EventOutcome.UnknownParcel: rejections.Add(new IngestRejection(i, items[i]!.EventId, "unknown parcel")); break;
                default: rejections.Add(new IngestRejection(i, items[i]!.EventId, "parcel of another carrier")); break;
            }
        }

        return new IngestResponse(accepted, duplicates, rejections.Count, rejections);
    }
}

public sealed record IngestRejection(int Index, string? EventId, string Reason);
