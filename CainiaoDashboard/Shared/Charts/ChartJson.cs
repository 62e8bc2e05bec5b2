using System.Collections.Concurrent;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace CainiaoDashboard.Shared.Charts;

/// <summary>The one serialisation of chart options and series sent to the JS handler.</summary>
public static class ChartJson
{
    private const int MostShared = 512;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // Every open overview draws the same charts from the same shared figures, and each chart keeps its JSON for as
    // long as it is shown: one copy of each text for all circuits instead of one per chart per circuit.
    private static readonly ConcurrentDictionary<string, string> Shared = new(StringComparer.Ordinal);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>As <see cref="Serialize{T}"/>, the same string instance for the same text while it is in use.</summary>
    public static string SerializeShared<T>(T value)
    {
        var json = Serialize(value);
        if (Shared.TryGetValue(json, out var shared)) return shared;
        // Old figures are not asked for again: starting over bounds the table without tracking what is still shown.
        if (Shared.Count >= MostShared) Shared.Clear();
        return Shared.GetOrAdd(json, json);
    }
}
