using System.Text.Json.Serialization;
using System.Text.Json;

namespace CainiaoDashboard.Shared.Charts;

/// <summary>The one serialisation of chart options and series sent to the JS handler.</summary>
public static class ChartJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
