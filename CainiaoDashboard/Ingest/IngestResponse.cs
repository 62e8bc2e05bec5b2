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
                rejections.Add(IngestRejection.Of(i, items[i], error));
                continue;
            }

            switch (outcomes[next++])
            {
                case EventOutcome.Accepted: accepted++; break;
                case EventOutcome.Duplicate: duplicates++; break;
                case var rejected: rejections.Add(IngestRejection.Of(i, items[i], Reason(rejected))); break;
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

    internal static IngestRejection Of(int index, IncomingCarrierEvent? item, string reason) =>
        new(index, item?.EventId is { } id ? ClientEcho.Cut(id, MaxEchoLength) : null, reason);
}
