using System.Globalization;
using System.Text.Json;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>
/// Tolerant reads of a webhook's JSON: a field of the wrong kind, or one that cannot be read as text (a lone escaped
/// surrogate such as <c>"\ud800"</c>, in its value or its name), reads as missing, and the scan says what is missing.
/// </summary>
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
    public static string? Text(JsonElement element, string name)
    {
        try
        {
            return Property(element, name) is { } value
                ? value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                }
                : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static JsonElement? Object(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    /// <summary>The array, or null; more than <see cref="JsonBatchBody.MaxItems"/> elements refuse the whole body before any is read.</summary>
    public static JsonElement? Array(JsonElement element, string name)
    {
        if (Property(element, name) is not { ValueKind: JsonValueKind.Array } value) return null;
        return value.GetArrayLength() <= JsonBatchBody.MaxItems
            ? value
            : throw new WebhookPayloadException($"At most {JsonBatchBody.MaxItems} entries in {name}; this one has {value.GetArrayLength()}.");
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        try
        {
            return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A local time at a UTC offset, in UTC; null when that falls outside the times .NET can hold (year 1, year 9999).</summary>
    public static DateTime? LocalToUtc(DateTime local, TimeSpan offset)
    {
        var ticks = local.Ticks - offset.Ticks;
        return ticks >= 0 && ticks <= DateTime.MaxValue.Ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;
    }

    /// <summary>An ISO 8601 time with its offset (or Z), in UTC; null when there is no offset or it is not such a time.</summary>
    public static DateTime? UtcWithOffset(string? text) =>
        text is not null && HasOffset(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.UtcDateTime
            : null;

    /// <summary>An ISO 8601 time at its own offset, or read as UTC without one (formats that document their times as UTC).</summary>
    public static DateTime? UtcOrOffset(string? text) =>
        UtcWithOffset(text) ?? (Local(text) is { } time ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : null);

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
