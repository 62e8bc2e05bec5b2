using System.Text.Json;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Reads the items of a posted batch one at a time, so that an item with a field of the wrong type (a number
/// for <c>eventId</c>, an object for <c>eventTime</c>) is rejected alone and the rest of the batch goes on.
/// </summary>
public static class IncomingBatchItems
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every item of the array, each with the reason it cannot be read (null when it can).</summary>
    public static (T?[] Items, string?[] Errors) ReadAll<T>(JsonElement array, string noun) where T : class
    {
        var items = new T?[array.GetArrayLength()];
        var errors = new string?[items.Length];
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            errors[index] = Read(element, noun, out items[index]);
            index++;
        }

        return (items, errors);
    }

    /// <summary>The item, or the reason it cannot be read.</summary>
    /// <param name="noun">What an item is, for the reasons: "event", "complaint".</param>
    public static string? Read<T>(JsonElement element, string noun, out T? item) where T : class
    {
        item = null;
        if (element.ValueKind == JsonValueKind.Null) return $"missing {noun}";
        if (element.ValueKind != JsonValueKind.Object) return $"{noun} is not a JSON object";
        try
        {
            item = element.Deserialize<T>(Json);
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
