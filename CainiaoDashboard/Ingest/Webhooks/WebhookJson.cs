using System.Globalization;
using System.Text.Json;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>Tolerant reads of a webhook's JSON: a field of the wrong kind reads as missing, and the scan says what is missing.</summary>
public static class WebhookJson
{
    public static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new WebhookPayloadException($"Malformed JSON: {ClientEcho.Cut(ex.Message, 200)}");
        }
    }

    /// <summary>A string field's value, or a number's text; null when missing, null or of another kind.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    public static JsonElement? Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    public static JsonElement? Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value
            : null;

    /// <summary>An ISO 8601 time with its offset (or Z), in UTC; null when there is no offset or it is not such a time.</summary>
    public static DateTime? UtcWithOffset(string? text) =>
        text is not null && HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.UtcDateTime
            : null;

    /// <summary>A local time without offset (ISO 8601 or <c>yyyy-MM-dd HH:mm:ss</c>); null when there is none or it has an offset.</summary>
    public static DateTime? Local(string? text) =>
        text is not null && !HasOffset(text)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var time)
            ? DateTime.SpecifyKind(time, DateTimeKind.Unspecified)
            : null;

    /// <summary>Whether an ISO 8601 time text ends with Z or a ±hh:mm / ±hhmm offset after its time part.</summary>
    public static bool HasOffset(string text)
    {
        var t = text.Trim();
        var timeStart = t.IndexOfAny(['T', ' ']);
        if (timeStart < 0) return false;
        var timePart = t[(timeStart + 1)..];
        return timePart.EndsWith('Z') || timePart.EndsWith('z') || timePart.LastIndexOfAny(['+', '-']) > 0;
    }
}
