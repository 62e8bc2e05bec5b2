
namespace CainiaoDashboard.Domain;

/// <summary>
/// Lanes in the address: origin and destination region codes joined by a colon, e.g. <c>lane=CN-EAST:US</c>.
/// The parcel list reads them; the links from <c>/flows</c> and the overview write them.
/// </summary>
public static class LaneCodes
{
    private static readonly Dictionary<int, string> RegionCodes = ReferenceData.Regions.ToDictionary(r => r.Id, r => r.Code);
    private static readonly Dictionary<int, string> Codes =
        ReferenceData.Lanes.ToDictionary(l => l.Id, l => RegionCodes[l.OriginRegionId] + ":" + RegionCodes[l.DestinationRegionId]);
    private static readonly Dictionary<string, int> Ids = Codes.ToDictionary(c => c.Value, c => c.Key, StringComparer.OrdinalIgnoreCase);

    public static string Of(int laneId) => Codes.TryGetValue(laneId, out var code) ? code : laneId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static int? Parse(string? code) => code is not null && Ids.TryGetValue(code.Trim(), out var id) ? id : null;
}
