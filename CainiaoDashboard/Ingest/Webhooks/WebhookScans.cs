using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>
/// Turns what an adapter read from one scan into a <see cref="CarrierEvent"/> for the posting carrier, with the checks every
/// door makes (a visible tracking number, a time that is neither before 2000 nor in the future) and the format's table
/// for the status and the hub. The carrier's code and text are kept verbatim (cut to the stored lengths).
/// </summary>
public sealed class WebhookScans(WebhookFormat format, int carrierId, CarrierEventValidator validator)
{
    /// <summary>The stored length of a raw code (<c>TrackingEvents.RawCode</c>).</summary>
    public const int MaxRawCodeLength = 32;

    public int CarrierId => carrierId;

    /// <param name="eventUtc">The scan's time in UTC, or null when the adapter could not read one (<paramref name="timeError"/> says why).</param>
    /// <param name="place">The adapter's place key for the table's hubs; null when the scan names none.</param>
    public WebhookItem Scan(string eventId, string? trackingNumber, string? code, string? text, DateTime? eventUtc, string timeError,
        string? place = null, Handover? handover = null)
    {
        if (IdentifierText.Check("trackingNumber", trackingNumber, out var number) is { } numberError) return WebhookItem.Reject(eventId, numberError);
        if (number.Length > CarrierEventValidator.MaxTrackingNumberLength)
        {
            return WebhookItem.Reject(eventId, $"trackingNumber longer than {CarrierEventValidator.MaxTrackingNumberLength} characters");
        }

        if (eventUtc is not { } utc) return WebhookItem.Reject(eventId, timeError);
        if (validator.TimeProblem(utc, "the scan's time") is { } timeProblem) return WebhookItem.Reject(eventId, timeProblem);

        var (status, subStatus) = format.Table.StatusOf(code);
        if (subStatus == ParcelSubStatus.HandedOver && handover is null)
        {
            return WebhookItem.Reject(eventId, $"a hand-over ('{ClientEcho.Cut(code ?? "")}') without the partner's carrier and tracking number");
        }

        var rawCode = Cut(code?.Trim() ?? "", MaxRawCodeLength);
        var rawText = Cut(string.IsNullOrWhiteSpace(text) ? rawCode : text.Trim(), CarrierEventValidator.MaxTextLength);
        return WebhookItem.Accept(new CarrierEvent(carrierId, eventId, number, status, subStatus, rawCode, rawText, format.Table.HubAt(place), utc)
        {
            Handover = handover,
        });
    }

    /// <summary>
    /// The hand-over a payload names (the partner's carrier name and number, under <paramref name="code"/>), dated at the
    /// partner's earliest scan in the payload; its id is hashed from the number, the code, the partner and its number.
    /// </summary>
    public WebhookItem HandOver(string? trackingNumber, string code, string? partnerName, string? partnerNumber, IEnumerable<DateTime?> partnerScansUtc)
    {
        var id = WebhookEventId.From(format.Name, trackingNumber, code, partnerName, partnerNumber);
        var (handover, error) = HandoverTo(partnerName, partnerNumber);
        return error is not null
            ? WebhookItem.Reject(id, $"{code}: {error}")
            : Scan(id, trackingNumber, code, $"Handed over to {partnerName} {partnerNumber}", partnerScansUtc.Where(t => t is not null).Min(),
                $"{code}: no scan of the partner's to date the hand-over", handover: handover);
    }

    /// <summary>A hand-over to a partner the table names, under its number; or the reason there cannot be one.</summary>
    private (Handover? Handover, string? Error) HandoverTo(string? partnerName, string? partnerNumber)
    {
        if (format.Table.PartnerNamed(partnerName) is not { } partnerId) return (null, $"unknown hand-over partner '{ClientEcho.Cut(partnerName ?? "")}'");
        if (IdentifierText.Check("the partner's tracking number", partnerNumber, out var number) is { } error) return (null, error);
        if (number.Length > CarrierEventValidator.MaxTrackingNumberLength)
        {
            return (null, $"the partner's tracking number is longer than {CarrierEventValidator.MaxTrackingNumberLength} characters");
        }

        return SimulatedParcels.Refusal("the partner's tracking number", number) is { } reserved ? (null, reserved) : (new Handover(partnerId, number), null);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
