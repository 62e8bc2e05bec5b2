using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

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

    public static Granularity ParseGranularity(string? value, List<string> problems) =>
        Parse(value, Granularity.Day, problems, VolumeWords.UnknownGranularity);

    public static StackBy ParseStack(string? value, List<string> problems) =>
        Parse(value, StackBy.Carrier, problems, VolumeWords.UnknownStack);

    private static T Parse<T>(string? value, T fallback, List<string> problems, Func<string, string> unknown) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase)) return candidate;
        }

        problems.Add(unknown(value.Length <= 24 ? value : value[..24] + "…"));
        return fallback;
    }
}

/// <summary>
/// The groupings and stackings of <c>/volume</c> as its reader reads them. A class of static members rather than a static
/// class, since its type names its translations.
/// </summary>
public sealed class VolumeWords
{
    private VolumeWords()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<VolumeWords>();

    /// <summary>A grouping's choice: Day, Week, Month.</summary>
    public static string Name(Granularity value) => value switch
    {
        Granularity.Week => Text["Week"],
        Granularity.Month => Text["Month"],
        _ => Text["Day"],
    };

    /// <summary>A stacking's choice: Carrier, Channel, Service, Region.</summary>
    public static string Name(StackBy value) => value switch
    {
        StackBy.Channel => Text["Channel"],
        StackBy.Service => Text["Service"],
        StackBy.Region => Text["Region"],
        _ => Text["Carrier"],
    };

    /// <summary>The title of the volume chart: "Parcels per day".</summary>
    public static string ParcelsPer(Granularity value) => value switch
    {
        Granularity.Week => Text["Parcels per week"],
        Granularity.Month => Text["Parcels per month"],
        _ => Text["Parcels per day"],
    };

    /// <summary>A series whose key the reference data does not know.</summary>
    public static string UnknownSeries(int key) => Text["Unknown {0}", key.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    public static string UnknownGranularity(string value) => Text["Unknown grouping \"{0}\" in the address; showing by day.", value];

    public static string UnknownStack(string value) => Text["Unknown stacking \"{0}\" in the address; showing by carrier.", value];
}
