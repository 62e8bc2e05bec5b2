using System.Text.Json;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>
/// AfterShip tracking webhooks: an envelope (<c>event</c>, <c>event_id</c>, <c>ts</c>) whose <c>msg</c> is the tracking,
/// with <c>tracking_number</c>, <c>checkpoints[]</c> (<c>tag</c>, <c>subtag</c>, <c>checkpoint_time</c>, <c>message</c>,
/// <c>location</c>, <c>city</c>, <c>slug</c>) and <c>next_couriers[]</c>. Status: the <c>subtag</c> where the table maps
/// it, else the <c>tag</c>. Times: <c>checkpoint_time</c> with its offset; without one, local time at the hub the
/// checkpoint's city names, else rejected. Hubs: <c>city</c> (or <c>location</c>), upper case. Ids: checkpoints carry
/// none, so <c>tracking_number</c>, <c>checkpoint_time</c>, <c>tag</c>, <c>subtag</c>, <c>message</c> and <c>location</c>
/// are hashed. A <c>next_couriers</c> entry naming a hand-over partner is the hand-over, dated at that partner's earliest
/// checkpoint; the partner's checkpoints themselves are refused here (they come through the partner's own feed).
/// <c>msg.expected_delivery</c> with an offset is the carrier's estimate (a date alone names no instant: not kept).
/// </summary>
public sealed class AfterShipFormat() : WebhookFormat("aftership")
{
    public override WebhookPayload Read(string body, string? contentType, WebhookScans scans)
    {
        using var document = WebhookJson.Parse(body);
        var tracking = WebhookJson.Object(document.RootElement, "msg") ?? throw new WebhookPayloadException("No msg object.");
        var checkpoints = WebhookJson.Array(tracking, "checkpoints") ?? throw new WebhookPayloadException("msg has no checkpoints array.");
        var number = WebhookJson.Text(tracking, "tracking_number");
        var partnerSlugs = (WebhookJson.Array(tracking, "next_couriers")?.EnumerateArray() ?? [])
            .Select(c => (Slug: WebhookJson.Text(c, "slug"), Number: WebhookJson.Text(c, "tracking_number")))
            .Where(c => Table.PartnerNamed(c.Slug) is not null).ToList();

        var items = new List<WebhookItem>();
        var index = 0;
        foreach (var checkpoint in checkpoints.EnumerateArray())
        {
            var (tag, subtag) = (WebhookJson.Text(checkpoint, "tag"), WebhookJson.Text(checkpoint, "subtag"));
            var (time, message) = (WebhookJson.Text(checkpoint, "checkpoint_time"), WebhookJson.Text(checkpoint, "message"));
            var location = WebhookJson.Text(checkpoint, "location");
            var id = WebhookEventId.From(Name, number, time, tag, subtag, message, location);
            var place = (WebhookJson.Text(checkpoint, "city") ?? location)?.Trim().ToUpperInvariant();
            items.Add(checkpoint.ValueKind != JsonValueKind.Object
                ? WebhookItem.Reject(id, $"checkpoints[{index}] is not an object")
                : Table.PartnerNamed(WebhookJson.Text(checkpoint, "slug")) is not null
                    ? WebhookItem.Reject(id, $"checkpoints[{index}] is the hand-over partner's scan: send it through the partner's own feed")
                    : scans.Scan(id, number, Table.Maps(subtag) ? subtag : tag, message, UtcOf(time, place),
                        $"checkpoints[{index}]: checkpoint_time missing, or without an offset at a place that is not one of the hubs", place));
            index++;
        }

        foreach (var (slug, partnerNumber) in partnerSlugs) items.Add(Handover(checkpoints, number, slug, partnerNumber, scans));
        var estimate = WebhookJson.UtcWithOffset(WebhookJson.Text(tracking, "expected_delivery"));
        return new WebhookPayload([.. items.Select(i => i.WithEstimate(estimate))]);
    }

    private WebhookItem Handover(JsonElement checkpoints, string? number, string? slug, string? partnerNumber, WebhookScans scans) =>
        scans.HandOver(number, "next_couriers", slug, partnerNumber, checkpoints.EnumerateArray()
            .Where(c => string.Equals(WebhookJson.Text(c, "slug"), slug, StringComparison.OrdinalIgnoreCase))
            .Select(c => UtcOf(WebhookJson.Text(c, "checkpoint_time"), (WebhookJson.Text(c, "city") ?? WebhookJson.Text(c, "location"))?.Trim().ToUpperInvariant())));

    private DateTime? UtcOf(string? time, string? place)
    {
        if (WebhookJson.UtcWithOffset(time) is { } utc) return utc;
        if (WebhookJson.Local(time) is not { } local || Table.HubAt(place) is not { } hubId) return null;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Domain.ReferenceData.Hub(hubId).TimeZoneId);
        // A local time the clocks skipped (the spring change) names no instant: rejected rather than guessed.
        return zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }
}
