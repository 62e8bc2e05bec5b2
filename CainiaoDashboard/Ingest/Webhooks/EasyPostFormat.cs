using System.Text.Json;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>
/// EasyPost tracker events: an <c>Event</c> whose <c>description</c> is <c>tracker.updated</c> (or <c>tracker.created</c>)
/// and whose <c>result</c> is the tracker: <c>tracking_code</c>, <c>est_delivery_date</c> and <c>tracking_details[]</c>
/// (<c>status</c>, <c>status_detail</c>, <c>message</c>, <c>datetime</c>, <c>tracking_location</c>). Status:
/// <c>status/status_detail</c> where the table maps it, else <c>status</c>. Times: <c>datetime</c>, UTC (EasyPost sends Z;
/// a time without an offset is read as UTC, as documented). Hubs: <c>CITY|STATE</c> of <c>tracking_location</c>. Ids:
/// tracking details carry none, so <c>tracking_code</c>, <c>datetime</c>, <c>status</c>, <c>status_detail</c> and
/// <c>message</c> are hashed. <c>est_delivery_date</c> (UTC) is the carrier's estimate, kept with the newest scan.
/// An account's other events (batches, refunds…) reach the same address: they are answered 200 with nothing stored, so
/// that EasyPost does not send them again; a body that is not an EasyPost event at all is refused.
/// </summary>
public sealed class EasyPostFormat() : WebhookFormat("easypost")
{
    public override WebhookPayload Read(string body, string? contentType, WebhookScans scans)
    {
        using var document = WebhookJson.Parse(body);
        if (WebhookJson.Text(document.RootElement, "object") != "Event") throw new WebhookPayloadException("Not an EasyPost Event object.");
        if (WebhookJson.Text(document.RootElement, "description") is not ("tracker.updated" or "tracker.created")) return WebhookPayload.Empty;

        var tracker = WebhookJson.Object(document.RootElement, "result") ?? throw new WebhookPayloadException("No result object.");
        var details = WebhookJson.Array(tracker, "tracking_details") ?? throw new WebhookPayloadException("The tracker has no tracking_details array.");
        var number = WebhookJson.Text(tracker, "tracking_code");

        var items = new List<WebhookItem>();
        var index = 0;
        foreach (var detail in details.EnumerateArray())
        {
            var (status, statusDetail) = (WebhookJson.Text(detail, "status"), WebhookJson.Text(detail, "status_detail"));
            var (time, message) = (WebhookJson.Text(detail, "datetime"), WebhookJson.Text(detail, "message"));
            var id = WebhookEventId.From(Name, number, time, status, statusDetail, message);
            var location = WebhookJson.Object(detail, "tracking_location");
            var place = location is { } l
                ? $"{WebhookJson.Text(l, "city")?.Trim().ToUpperInvariant()}|{WebhookJson.Text(l, "state")?.Trim().ToUpperInvariant()}"
                : null;
            var specific = $"{status}/{statusDetail}";
            items.Add(detail.ValueKind != JsonValueKind.Object
                ? WebhookItem.Reject(id, $"tracking_details[{index}] is not an object")
                : scans.Scan(id, number, Table.Maps(specific) ? specific : status, message,
                    WebhookJson.UtcOrOffset(time), $"tracking_details[{index}]: datetime missing or not a time", place));
            index++;
        }

        var estimate = WebhookJson.UtcOrOffset(WebhookJson.Text(tracker, "est_delivery_date"));
        return new WebhookPayload([.. items.Select(i => i.WithEstimate(estimate))]);
    }
}
