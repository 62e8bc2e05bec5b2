
namespace CainiaoDashboard.Domain;

/// <summary>
/// The network the dashboard starts with: Alliance couriers, cross-border partners, Chinese sorting
/// centres and overseas gateways, lanes, service levels and channels. Written by the migrations.
/// </summary>
public static class ReferenceData
{
    public static readonly Carrier[] Carriers =
    [
        new() { Id = 1, Code = "ZTO", Name = "ZTO Express (Zhongtong)", Scope = CarrierScope.Domestic },
        new() { Id = 2, Code = "STO", Name = "STO Express (Shentong)", Scope = CarrierScope.Domestic },
        new() { Id = 3, Code = "YTO", Name = "YTO Express", Scope = CarrierScope.Domestic },
        new() { Id = 4, Code = "USPS", Name = "USPS", Scope = CarrierScope.CrossBorderPartner },
        new() { Id = 5, Code = "SINGPOST", Name = "Singapore Post", Scope = CarrierScope.CrossBorderPartner },
        new() { Id = 6, Code = "CORREOS", Name = "Correos", Scope = CarrierScope.CrossBorderPartner },
    ];

    public static readonly Region[] Regions =
    [
        new() { Id = 1, Code = "CN-EAST", Name = "East China", CountryCode = "CN" },
        new() { Id = 2, Code = "CN-SOUTH", Name = "South China", CountryCode = "CN" },
        new() { Id = 3, Code = "CN-NORTH", Name = "North China", CountryCode = "CN" },
        new() { Id = 4, Code = "CN-CENTRAL", Name = "Central China", CountryCode = "CN" },
        new() { Id = 5, Code = "CN-WEST", Name = "Southwest China", CountryCode = "CN" },
        new() { Id = 6, Code = "US", Name = "United States", CountryCode = "US" },
        new() { Id = 7, Code = "SEA", Name = "Southeast Asia", CountryCode = "SG" },
        new() { Id = 8, Code = "EU", Name = "Europe", CountryCode = "ES" },
        new() { Id = 9, Code = "LATAM", Name = "South America", CountryCode = "BR" },
    ];

    public static readonly Hub[] Hubs =
    [
        new() { Id = 1, Code = "HGH", Name = "Hangzhou sorting centre", Kind = HubKind.SortingCentre, RegionId = 1, TimeZoneId = "Asia/Shanghai" },
        new() { Id = 2, Code = "SHA", Name = "Shanghai sorting centre", Kind = HubKind.SortingCentre, RegionId = 1, TimeZoneId = "Asia/Shanghai" },
        new() { Id = 3, Code = "YIW", Name = "Yiwu sorting centre", Kind = HubKind.SortingCentre, RegionId = 1, TimeZoneId = "Asia/Shanghai" },
        new() { Id = 4, Code = "CAN", Name = "Guangzhou sorting centre", Kind = HubKind.SortingCentre, RegionId = 2, TimeZoneId = "Asia/Shanghai" },
        new() { Id = 5, Code = "SZX", Name = "Shenzhen sorting centre", Kind = HubKind.SortingCentre, RegionId = 2, TimeZoneId = "Asia/Shanghai" },
        new() { Id = 6, Code = "PEK", Name = "Beijing sorting centre", Kind = HubKind.SortingCentre, RegionId = 3, TimeZoneId = "Asia/Shanghai" },
        new() { Id = 7, Code = "WUH", Name = "Wuhan sorting centre", Kind = HubKind.SortingCentre, RegionId = 4, TimeZoneId = "Asia/Shanghai" },
        new() { Id = 8, Code = "CTU", Name = "Chengdu sorting centre", Kind = HubKind.SortingCentre, RegionId = 5, TimeZoneId = "Asia/Shanghai" },
        new() { Id = 9, Code = "LAX", Name = "Los Angeles gateway", Kind = HubKind.Gateway, RegionId = 6, TimeZoneId = "America/Los_Angeles" },
        new() { Id = 10, Code = "JFK", Name = "New York gateway", Kind = HubKind.Gateway, RegionId = 6, TimeZoneId = "America/New_York" },
        new() { Id = 11, Code = "SIN", Name = "Singapore gateway", Kind = HubKind.Gateway, RegionId = 7, TimeZoneId = "Asia/Singapore" },
        new() { Id = 12, Code = "MAD", Name = "Madrid gateway", Kind = HubKind.Gateway, RegionId = 8, TimeZoneId = "Europe/Madrid" },
        new() { Id = 13, Code = "GRU", Name = "Sao Paulo gateway", Kind = HubKind.Gateway, RegionId = 9, TimeZoneId = "America/Sao_Paulo" },
    ];

    public static readonly ServiceLevel[] ServiceLevels =
    [
        new() { Id = 1, Code = "SAME_DAY", Name = "Same-day", PromiseHours = 12 },
        new() { Id = 2, Code = "NEXT_DAY", Name = "Next-day", PromiseHours = 36 },
        new() { Id = 3, Code = "STANDARD", Name = "Standard domestic", PromiseHours = 96 },
        new() { Id = 4, Code = "CROSS_BORDER", Name = "Cross-border", PromiseHours = 480 },
    ];

    public static readonly Channel[] Channels =
    [
        new() { Id = 1, Code = "TMALL", Name = "Tmall" },
        new() { Id = 2, Code = "TAOBAO", Name = "Taobao" },
        new() { Id = 3, Code = "ALIEXPRESS", Name = "AliExpress" },
        new() { Id = 4, Code = "TMALL_GLOBAL", Name = "Tmall Global" },
    ];

    public static readonly Lane[] Lanes = BuildLanes();

    // By id, for rows read from the database: one index per table instead of a scan at every lookup.
    private static readonly Dictionary<int, Carrier> CarriersById = Carriers.ToDictionary(c => c.Id);
    private static readonly Dictionary<int, Region> RegionsById = Regions.ToDictionary(r => r.Id);
    private static readonly Dictionary<int, Hub> HubsById = Hubs.ToDictionary(h => h.Id);
    private static readonly Dictionary<int, ServiceLevel> ServiceLevelsById = ServiceLevels.ToDictionary(s => s.Id);
    private static readonly Dictionary<int, Channel> ChannelsById = Channels.ToDictionary(c => c.Id);
    private static readonly Dictionary<int, Lane> LanesById = Lanes.ToDictionary(l => l.Id);

    public static Carrier Carrier(int id) => CarriersById[id];

    public static Region Region(int id) => RegionsById[id];

    public static Hub Hub(int id) => HubsById[id];

    /// <summary>The hub with this id, or null (a parcel's hub is optional).</summary>
    public static Hub? FindHub(int? id) => id is { } known ? HubsById.GetValueOrDefault(known) : null;

    public static ServiceLevel ServiceLevel(int id) => ServiceLevelsById[id];

    public static Channel Channel(int id) => ChannelsById[id];

    public static Lane Lane(int id) => LanesById[id];

    /// <summary>
    /// Names the first id a parcel or event refers to that is not in the reference data, or null when all are known.
    /// </summary>
    public static string? UnknownReference(int carrierId, int? laneId = null, int? serviceLevelId = null, int? channelId = null, int? hubId = null) =>
        !CarriersById.ContainsKey(carrierId) ? $"carrier {carrierId}"
        : laneId is { } lane && !LanesById.ContainsKey(lane) ? $"lane {lane}"
        : serviceLevelId is { } service && !ServiceLevelsById.ContainsKey(service) ? $"service level {service}"
        : channelId is { } channel && !ChannelsById.ContainsKey(channel) ? $"channel {channel}"
        : hubId is { } hub && !HubsById.ContainsKey(hub) ? $"hub {hub}"
        : null;

    public static Carrier Carrier(string code) => Carriers.Single(c => c.Code == code);

    public static Region Region(string code) => Regions.Single(r => r.Code == code);

    public static Hub Hub(string code) => Hubs.Single(h => h.Code == code);

    public static ServiceLevel ServiceLevel(string code) => ServiceLevels.Single(s => s.Code == code);

    public static Channel Channel(string code) => Channels.Single(c => c.Code == code);

    public static Lane Lane(string originRegionCode, string destinationRegionCode) => Lanes.Single(l =>
        l.OriginRegionId == Region(originRegionCode).Id && l.DestinationRegionId == Region(destinationRegionCode).Id);

    private static readonly HashSet<int> PartnerIds =
        [.. Carriers.Where(c => c.Scope == CarrierScope.CrossBorderPartner).Select(c => c.Id)];

    /// <summary>USPS, Singapore Post, Correos: carriers that take cross-border parcels over at a gateway.</summary>
    public static bool IsCrossBorderPartner(int carrierId) => PartnerIds.Contains(carrierId);

    // Who takes parcels over at the destination gateway: USPS in the United States, Singapore Post in Southeast
    // Asia, Correos or Singapore Post for Europe and South America.
    private static readonly Dictionary<int, int[]> HandoverPartnersByLane = Lanes.ToDictionary(
        lane => lane.Id,
        lane => (Regions.Single(r => r.Id == lane.DestinationRegionId).Code switch
        {
            "US" => new[] { "USPS" },
            "SEA" => ["SINGPOST"],
            "EU" or "LATAM" => ["CORREOS", "SINGPOST"],
            _ => [],
        }).Select(code => Carrier(code).Id).ToArray());

    /// <summary>The carriers a parcel on this lane may be handed over to; none for domestic lanes.</summary>
    public static IReadOnlyList<int> HandoverPartners(int laneId) => HandoverPartnersByLane.GetValueOrDefault(laneId, []);

    private static Lane[] BuildLanes()
    {
        var domestic = Regions.Where(r => r.CountryCode == "CN").ToArray();
        var overseas = Regions.Where(r => r.CountryCode != "CN").ToArray();
        var lanes = new List<Lane>();
        foreach (var origin in domestic)
        {
            foreach (var destination in domestic)
            {
                lanes.Add(new Lane { Id = lanes.Count + 1, OriginRegionId = origin.Id, DestinationRegionId = destination.Id });
            }
        }

        foreach (var origin in domestic.Where(r => r.Code is "CN-EAST" or "CN-SOUTH"))
        {
            foreach (var destination in overseas)
            {
                lanes.Add(new Lane { Id = lanes.Count + 1, OriginRegionId = origin.Id, DestinationRegionId = destination.Id, IsCrossBorder = true });
            }
        }

        return [.. lanes];
    }
}
