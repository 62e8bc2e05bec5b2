using CainiaoDashboard.Data;

namespace CainiaoDashboard.Services;

/// <summary>
/// Lanes in the address: origin and destination region codes joined by an underscore, e.g. <c>lane=CN-EAST_US</c>
/// (region codes never contain one). Used by the links from <c>/flows</c> into the parcel list.
/// </summary>
public static class LaneCodes
{
    private static readonly Dictionary<int, string> RegionCodes = ReferenceData.Regions.ToDictionary(r => r.Id, r => r.Code);
    private static readonly Dictionary<int, string> Codes =
        ReferenceData.Lanes.ToDictionary(l => l.Id, l => RegionCodes[l.OriginRegionId] + "_" + RegionCodes[l.DestinationRegionId]);
    private static readonly Dictionary<string, int> Ids = Codes.ToDictionary(c => c.Value, c => c.Key, StringComparer.OrdinalIgnoreCase);

    public static string Of(int laneId) => Codes.TryGetValue(laneId, out var code) ? code : laneId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int? Parse(string? code) => code is not null && Ids.TryGetValue(code.Trim(), out var id) ? id : null;
}
