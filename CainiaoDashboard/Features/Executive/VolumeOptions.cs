namespace CainiaoDashboard.Features.Executive;

/// <summary>How parcels are bucketed along the time axis of <c>/volume</c>.</summary>
public enum Granularity
{
    Day,
    Week,
    Month,
}

/// <summary>What the volume bars are stacked by. Region is the destination region of the lane.</summary>
public enum StackBy
{
    Carrier,
    Channel,
    Service,
    Region,
}

public static class VolumeKeys
{
    public static string Key(this Granularity value) => value.ToString().ToLowerInvariant();
    public static string Key(this StackBy value) => value.ToString().ToLowerInvariant();

    public static Granularity ParseGranularity(string? value, List<string> problems) => Parse(value, Granularity.Day, "grouping", problems);
    public static StackBy ParseStack(string? value, List<string> problems) => Parse(value, StackBy.Carrier, "stacking", problems);

    private static T Parse<T>(string? value, T fallback, string what, List<string> problems) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase)) return candidate;
        }

        problems.Add($"Unknown {what} \"{(value.Length <= 24 ? value : value[..24] + "…")}\" in the address; showing by {fallback.ToString().ToLowerInvariant()}.");
        return fallback;
    }
}
