using System.Text.Json;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Reads the items of a posted batch one at a time, so that an item with a field of the wrong type (a number
/// for <c>eventId</c>, an object for <c>eventTime</c>) is rejected alone and the rest of the batch goes on.
/// </summary>
public static class IncomingBatchItems
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The item, or the reason it cannot be read.</summary>
    public static string? Read(JsonElement element, out IncomingCarrierEvent? item)
    {
        item = null;
        if (element.ValueKind == JsonValueKind.Null) return "missing event";
        if (element.ValueKind != JsonValueKind.Object) return "event is not a JSON object";
        try
        {
            item = element.Deserialize<IncomingCarrierEvent>(Json);
            return null;
        }
        catch (JsonException ex)
        {
            var field = ex.Path?.TrimStart('$', '.') ?? "";
            // A string the reader refuses holds an escaped lone surrogate ("\ud800"): valid JSON, but not text.
            return FieldKind(element, field) == JsonValueKind.String
                ? $"{ClientEcho.Cut(field)} is not valid text"
                : $"wrong type for field: {ClientEcho.Cut(field)} (expected a string)";
        }
    }

    private static JsonValueKind FieldKind(JsonElement item, string field)
    {
        var kind = JsonValueKind.Undefined;
        foreach (var property in item.EnumerateObject())
        {
            // Last one wins, as in the serializer; names match case-insensitively, as in the serializer's web defaults.
            if (string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase)) kind = property.Value.ValueKind;
        }

        return kind;
    }
}
