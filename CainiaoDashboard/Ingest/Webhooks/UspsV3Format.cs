using System.Globalization;
using System.Text.Json;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>
/// USPS Tracking API 3.x: a tracking response or a tracking notification carrying one, or an array of them. Each has
/// <c>trackingNumber</c> and <c>trackingEvents[]</c>: <c>eventType</c> (the text), <c>eventCode</c> (looked up),
/// <c>eventTimestamp</c> (local time at the scan), <c>GMTTimestamp</c>, <c>GMTOffset</c>, <c>eventCity</c>,
/// <c>eventState</c>, <c>eventZIP</c>. Times: <c>GMTTimestamp</c> (UTC); without it, <c>eventTimestamp</c> at
/// <c>GMTOffset</c>; with neither the scan is rejected. Hubs: <c>CITY|STATE</c>. Ids: USPS sends none, so
/// <c>trackingNumber</c>, <c>eventCode</c>, the UTC time, <c>eventType</c> and <c>eventZIP</c> are hashed.
/// <c>expectedDeliveryTimeStamp</c> is the carrier's estimate: at its own offset, else at the newest scan's <c>GMTOffset</c>.
/// </summary>
public sealed class UspsV3Format() : WebhookFormat("usps-v3")
{
    public override WebhookPayload Read(string body, string? contentType, WebhookScans scans)
    {
        using var document = WebhookJson.Parse(body);
        var root = document.RootElement;
        IEnumerable<JsonElement> trackings = root.ValueKind switch
        {
            JsonValueKind.Array when root.GetArrayLength() > JsonBatchBody.MaxItems =>
                throw new WebhookPayloadException($"At most {JsonBatchBody.MaxItems} trackings per request; this one has {root.GetArrayLength()}."),
            JsonValueKind.Array => root.EnumerateArray().ToList(),
            JsonValueKind.Object => [root],
            _ => throw new WebhookPayloadException("Send a USPS tracking object, or an array of them."),
        };

        var items = new List<WebhookItem>();
        foreach (var tracking in trackings)
        {
            var number = WebhookJson.Text(tracking, "trackingNumber");
            var events = WebhookJson.Array(tracking, "trackingEvents")
                ?? throw new WebhookPayloadException($"No trackingEvents array{(number is null ? "" : $" for {ClientEcho.Cut(number)}")}.");
            var index = 0;
            var first = items.Count;
            foreach (var scan in events.EnumerateArray())
            {
                var (code, type) = (WebhookJson.Text(scan, "eventCode"), WebhookJson.Text(scan, "eventType"));
                var utc = UtcOf(scan);
                var zip = WebhookJson.Text(scan, "eventZIP") ?? WebhookJson.Text(scan, "eventZIPCode");
                var id = WebhookEventId.From(Name, number, code, utc?.ToString("O", CultureInfo.InvariantCulture), type, zip);
                var place = $"{WebhookJson.Text(scan, "eventCity")?.Trim().ToUpperInvariant()}|{WebhookJson.Text(scan, "eventState")?.Trim().ToUpperInvariant()}";
                items.Add(scan.ValueKind != JsonValueKind.Object
                    ? WebhookItem.Reject(id, $"trackingEvents[{index}] is not an object")
                    : scans.Scan(id, number, code ?? type, type, utc,
                        $"trackingEvents[{index}]: no GMTTimestamp, and no eventTimestamp with a GMTOffset", place));
                index++;
            }

            var estimate = Estimate(tracking, events);
            for (var i = first; i < items.Count; i++) items[i] = items[i].WithEstimate(estimate);
        }

        return new WebhookPayload(items);
    }

    private static DateTime? Estimate(JsonElement tracking, JsonElement events)
    {
        var text = WebhookJson.Text(tracking, "expectedDeliveryTimeStamp");
        if (WebhookJson.UtcWithOffset(text) is { } utc) return utc;
        var newestOffset = events.EnumerateArray().Select(e => WebhookJson.Text(e, "GMTOffset")).FirstOrDefault(o => o is not null);
        return WebhookJson.Local(text) is { } local && Offset(newestOffset) is { } offset ? WebhookJson.LocalToUtc(local, offset) : null;
    }

    private static TimeSpan? Offset(string? text) =>
        text is not null && TimeSpan.TryParse(text.Trim().TrimStart('+'), CultureInfo.InvariantCulture, out var offset) && Math.Abs(offset.TotalHours) <= 14
            ? offset
            : null;

    private static DateTime? UtcOf(JsonElement scan)
    {
        var gmt = WebhookJson.Text(scan, "GMTTimestamp");
        if (WebhookJson.UtcOrOffset(gmt) is { } utc) return utc;

        var local = WebhookJson.Local(WebhookJson.Text(scan, "eventTimestamp"));
        return local is not null && Offset(WebhookJson.Text(scan, "GMTOffset")) is { } offset ? WebhookJson.LocalToUtc(local.Value, offset) : null;
    }
}
