namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>What a format read from one request: one item per scan it carries, in the sender's order.</summary>
public sealed record WebhookPayload(IReadOnlyList<WebhookItem> Items)
{
    public static readonly WebhookPayload Empty = new([]);
}

/// <summary>One scan of a webhook: the event for the write path, or the reason it cannot be one, under its id.</summary>
/// <param name="EventId">The id the event is stored under (the sender's, or <see cref="WebhookEventId"/>'s); echoed in rejections.</param>
public readonly record struct WebhookItem(string? EventId, CarrierEvent? Event, string? Error)
{
    public static WebhookItem Accept(CarrierEvent scan) => new(scan.CarrierEventId, scan, null);
    public static WebhookItem Reject(string? eventId, string error) => new(eventId, null, error);

    /// <summary>The item with the carrier's estimated delivery as of its request (none: unchanged).</summary>
    public WebhookItem WithEstimate(DateTime? estimatedDeliveryUtc) =>
        Event is { } scan && estimatedDeliveryUtc is not null ? this with { Event = scan with { EstimatedDeliveryUtc = estimatedDeliveryUtc } } : this;
}

/// <summary>A body that is not the format at all (not JSON, not its envelope): nothing in it can be read.</summary>
public sealed class WebhookPayloadException(string message) : Exception(message);
