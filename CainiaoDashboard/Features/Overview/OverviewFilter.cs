using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// The overview's filters, kept in the URL by code (<c>?carrier=ZTO&amp;service=NEXT_DAY&amp;region=US</c>) so a
/// view can be shared. A region matches lanes that start or end there. Unknown codes are reported, not guessed.
/// </summary>
public sealed record OverviewFilter(int? CarrierId = null, int? ServiceLevelId = null, int? RegionId = null)
{
    public static readonly OverviewFilter All = new();

    public bool IsAll => CarrierId is null && ServiceLevelId is null && RegionId is null;

    public bool Matches(int carrierId, int laneId, int serviceLevelId) =>
        (CarrierId is null || CarrierId == carrierId)
        && (ServiceLevelId is null || ServiceLevelId == serviceLevelId)
        && (RegionId is null || LaneTouchesRegion(laneId, RegionId.Value));

    public bool MatchesCarrier(int carrierId) => CarrierId is null || CarrierId == carrierId;

    /// <summary>The parcel list behind a figure: <paramref name="view"/> within these filters.</summary>
    public ParcelListFilter ParcelsIn(ParcelView view) =>
        ParcelListFilter.Of(view) with { CarrierId = CarrierId, ServiceLevelId = ServiceLevelId, RegionId = RegionId };

    public string? CarrierCode => ReferenceData.Carriers.FirstOrDefault(c => c.Id == CarrierId)?.Code;
    public string? ServiceCode => ReferenceData.ServiceLevels.FirstOrDefault(s => s.Id == ServiceLevelId)?.Code;
    public string? RegionCode => ReferenceData.Regions.FirstOrDefault(r => r.Id == RegionId)?.Code;

    /// <summary>Reads codes from a query string; returns the filter and a message per value it could not use.</summary>
    public static (OverviewFilter Filter, IReadOnlyList<string> Problems) Parse(string? carrier, string? service, string? region)
    {
        var problems = new List<string>();
        var filter = new OverviewFilter(
            Lookup(carrier, ReferenceData.Carriers.Select(c => (c.Id, c.Code)), problems,
                unknown => Text["Unknown carrier \"{0}\" in the address was ignored.", unknown]),
            Lookup(service, ReferenceData.ServiceLevels.Select(s => (s.Id, s.Code)), problems,
                unknown => Text["Unknown service level \"{0}\" in the address was ignored.", unknown]),
            Lookup(region, ReferenceData.Regions.Select(r => (r.Id, r.Code)), problems,
                unknown => Text["Unknown region \"{0}\" in the address was ignored.", unknown]));
        return (filter, problems);
    }

    private static readonly IStringLocalizer Text = Translations.For(typeof(OverviewFilter));

    private static int? Lookup(string? code, IEnumerable<(int Id, string Code)> known, List<string> problems, Func<string, string> unknown)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        foreach (var (id, candidate) in known)
        {
            if (string.Equals(candidate, code.Trim(), StringComparison.OrdinalIgnoreCase)) return id;
        }

        problems.Add(unknown(Truncate(code)));
        return null;
    }

    private static string Truncate(string value) => value.Length <= 24 ? value : value[..24] + "…";

    private static readonly Dictionary<int, (int Origin, int Destination)> LaneRegions =
        ReferenceData.Lanes.ToDictionary(l => l.Id, l => (l.OriginRegionId, l.DestinationRegionId));

    private static bool LaneTouchesRegion(int laneId, int regionId) =>
        LaneRegions.TryGetValue(laneId, out var lane) && (lane.Origin == regionId || lane.Destination == regionId);
}
