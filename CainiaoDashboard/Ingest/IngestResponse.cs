namespace CainiaoDashboard.Ingest;

/// <summary>The answer to a posted batch: counts, and a reason for every rejected item (by its index).</summary>
public sealed record IngestResponse(int Accepted, int Duplicates, int Rejected, IReadOnlyList<IngestRejection> Rejections)
{
    internal static IngestResponse From(IReadOnlyList<IncomingCarrierEvent?> items, ValidationResult[] results, EventOutcome[] outcomes) =>
        From(items.Count, i => results[i].Error, i => items[i]?.EventId, outcomes);

    /// <summary>A webhook's answer: its scans by index in the sender's order, under the ids they are stored under.</summary>
    internal static IngestResponse From(IReadOnlyList<Webhooks.WebhookItem> items, EventOutcome[] outcomes) =>
        From(items.Count, i => items[i].Error, i => items[i].EventId, outcomes);

    /// <param name="outcomes">The writer's outcome for each item without an error, in order.</param>
    private static IngestResponse From(int count, Func<int, string?> errorOf, Func<int, string?> idOf, EventOutcome[] outcomes)
    {
        var rejections = new List<IngestRejection>();
        int accepted = 0, duplicates = 0, next = 0;
        for (var i = 0; i < count; i++)
        {
            if (errorOf(i) is { } error)
            {
                rejections.Add(IngestRejection.Of(i, idOf(i), error));
                continue;
            }

            switch (outcomes[next++])
            {
                case EventOutcome.Accepted: accepted++; break;
                case EventOutcome.Duplicate: duplicates++; break;
                case var rejected: rejections.Add(IngestRejection.Of(i, idOf(i), Reason(rejected))); break;
            }
        }

        return new IngestResponse(accepted, duplicates, rejections.Count, rejections);
    }

    internal static string Reason(EventOutcome outcome) => outcome switch
    {
        EventOutcome.UnknownParcel => "unknown parcel",
        EventOutcome.HandoverPartnerNotAllowed => "handoverCarrier is not a hand-over partner of the parcel's lane",
        EventOutcome.HandoverNumberTaken => "handoverTrackingNumber is already in use",
        EventOutcome.HandoverConflict => "parcel was already handed over to another partner or number",
        EventOutcome.BeforeRegistration =>
            $"eventTime is more than {IngestWriter.RegistrationTolerance.TotalMinutes:0} minutes before the parcel's registration",
        _ => "parcel of another carrier",
    };
}

/// <summary>A rejected item: its index in the batch, its <c>eventId</c> as sent (cut to <see cref="MaxEchoLength"/>) and why.</summary>
public sealed record IngestRejection(int Index, string? EventId, string Reason)
{
    /// <summary>The longest valid id; a longer one is echoed cut, with "…".</summary>
    public const int MaxEchoLength = CarrierEventValidator.MaxIdLength;

    internal static IngestRejection Of(int index, string? eventId, string reason) =>
        new(index, eventId is { } id ? ClientEcho.Cut(id, MaxEchoLength) : null, reason);
}
