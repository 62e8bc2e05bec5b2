using CainiaoDashboard.Data;
using CainiaoDashboard.Data.Rollups;

namespace CainiaoDashboard.Services.Executive;

/// <summary>Columns of the flow diagram, left to right.</summary>
public enum FlowColumn
{
    OriginRegion = 0,
    Hub = 1,
    Partner = 2,
    DestinationRegion = 3,
}

/// <summary>What a link connects: origin region to hub, hub to destination region (domestic), hub to partner, partner to destination.</summary>
public enum FlowStage
{
    Pickup,
    Domestic,
    Handover,
    Abroad,
}

public sealed record FlowNode(string Id, FlowColumn Column, string Label, string Title, long Parcels, string Href);

/// <summary>Parcels along one link, their first-attempt on-time rate and median transit (pick-up to delivery).</summary>
public sealed record FlowLink(
    string SourceId, string TargetId, FlowStage Stage, long Parcels, long FirstAttempts, long OnTimeFirstAttempts, long Delivered,
    TimeSpan? MedianTransit, string Href, string Description)
{
    public double? OnTimeRate => FirstAttempts > 0 ? (double)OnTimeFirstAttempts / FirstAttempts : null;
}

public sealed record LaneFlow(
    string Code, string Origin, string Destination, bool CrossBorder, long Parcels, double Share, long FirstAttempts,
    double? OnTimeRate, TimeSpan? MedianTransit, long Delivered, string Href);

public sealed record FlowFigures(DayRange Range, IReadOnlyList<FlowNode> Nodes, IReadOnlyList<FlowLink> Links, IReadOnlyList<LaneFlow> Lanes, long TotalParcels)
{
    public bool IsEmpty => TotalParcels == 0;
}

/// <summary>
/// Builds the flow diagram and lane table from a <see cref="FlowReadout"/>. Every parcel created in the range
/// follows one path: origin region, origin hub ("awaiting pick-up" before the first scan), then either straight
/// to its destination region (domestic) or through the partner that took it over abroad ("not yet handed
/// over" until then). So the links of each stage add up to the parcels in range.
/// </summary>
public static class FlowCalculator
{
    public const string AwaitingPickup = "Awaiting pick-up";
    public const string NotHandedOver = "Not yet handed over";

    private static readonly Dictionary<int, Domain.Lane> Lanes = ReferenceData.Lanes.ToDictionary(l => l.Id);
    private static readonly Dictionary<int, Domain.Region> Regions = ReferenceData.Regions.ToDictionary(r => r.Id);
    private static readonly Dictionary<int, Domain.Hub> Hubs = ReferenceData.Hubs.ToDictionary(h => h.Id);
    private static readonly Dictionary<int, Domain.Carrier> Carriers = ReferenceData.Carriers.ToDictionary(c => c.Id);

    public static FlowFigures Compute(FlowReadout readout)
    {
        var histograms = readout.Transit.GroupBy(t => (t.LaneId, t.HubId, t.HandoverCarrierId))
            .ToDictionary(g => g.Key, g => g.ToDictionary(t => t.Bucket, t => t.Parcels));
        var paths = readout.Cells.Where(c => Lanes.ContainsKey(c.LaneId)).Select(c => new PathCell(c, Lanes[c.LaneId],
            histograms.GetValueOrDefault((c.LaneId, c.HubId, c.HandoverCarrierId)) ?? [])).ToList();
        var total = paths.Sum(p => p.Cell.Parcels);

        var links = new List<FlowLink>();
        links.AddRange(Links(paths, FlowStage.Pickup, p => (Origin(p), HubNode(p)), PickupHref, PickupText));
        links.AddRange(Links(paths.Where(p => !p.Lane.IsCrossBorder), FlowStage.Domestic, p => (HubNode(p), Destination(p)), DomesticHref, OnwardText));
        links.AddRange(Links(paths.Where(p => p.Lane.IsCrossBorder), FlowStage.Handover, p => (HubNode(p), PartnerNode(p)), HandoverHref, HandoverText));
        links.AddRange(Links(paths.Where(p => p.Lane.IsCrossBorder), FlowStage.Abroad, p => (PartnerNode(p), Destination(p)), AbroadHref, OnwardText));

        var nodes = links.SelectMany(l => new[] { l.SourceId, l.TargetId }).Distinct()
            .Select(id => Node(id, Math.Max(links.Where(l => l.SourceId == id).Sum(l => l.Parcels), links.Where(l => l.TargetId == id).Sum(l => l.Parcels))))
            .OrderBy(n => n.Column).ThenBy(n => SortKey(n.Id))
            .ToList();

        var lanes = paths.GroupBy(p => p.Lane.Id)
            .Select(g =>
            {
                var lane = Lanes[g.Key];
                var (parcels, attempts, onTime, delivered, histogram) = Sum(g);
                var code = LaneCodes.Of(lane.Id);
                return new LaneFlow(code, Regions[lane.OriginRegionId].Name, Regions[lane.DestinationRegionId].Name, lane.IsCrossBorder,
                    parcels, total > 0 ? (double)parcels / total : 0, attempts, attempts > 0 ? (double)onTime / attempts : null,
                    TransitBuckets.Percentile(histogram, 0.5), delivered, "/parcels?lane=" + code);
            })
            .OrderByDescending(l => l.Parcels).ThenBy(l => l.Code, StringComparer.Ordinal)
            .ToList();

        return new FlowFigures(readout.Range, nodes, links, lanes, total);
    }

    private sealed record PathCell(FlowCell Cell, Domain.Lane Lane, Dictionary<int, long> Histogram);

    private static IEnumerable<FlowLink> Links(
        IEnumerable<PathCell> paths, FlowStage stage, Func<PathCell, (string Source, string Target)> ends,
        Func<IReadOnlyList<PathCell>, string> href, Func<FlowStage, string, string, string> text) =>
        paths.GroupBy(ends).Select(g =>
        {
            var members = g.ToList();
            var (parcels, attempts, onTime, delivered, histogram) = Sum(members);
            return new FlowLink(g.Key.Source, g.Key.Target, stage, parcels, attempts, onTime, delivered,
                TransitBuckets.Percentile(histogram, 0.5), href(members), text(stage, NodeLabel(g.Key.Source), NodeLabel(g.Key.Target)));
        })
        .OrderBy(l => SortKey(l.SourceId)).ThenBy(l => SortKey(l.TargetId));

    private static (long Parcels, long Attempts, long OnTime, long Delivered, Dictionary<int, long> Histogram) Sum(IEnumerable<PathCell> cells)
    {
        long parcels = 0, attempts = 0, onTime = 0, delivered = 0;
        var histogram = new Dictionary<int, long>();
        foreach (var p in cells)
        {
            parcels += p.Cell.Parcels;
            attempts += p.Cell.FirstAttempts;
            onTime += p.Cell.OnTimeFirstAttempts;
            delivered += p.Cell.Delivered;
            foreach (var (bucket, count) in p.Histogram) histogram[bucket] = histogram.GetValueOrDefault(bucket) + count;
        }

        return (parcels, attempts, onTime, delivered, histogram);
    }

    private static string Origin(PathCell p) => "o:" + Regions[p.Lane.OriginRegionId].Code;
    private static string Destination(PathCell p) => "d:" + Regions[p.Lane.DestinationRegionId].Code;
    private static string HubNode(PathCell p) => "h:" + (Hubs.TryGetValue(p.Cell.HubId, out var hub) ? hub.Code : "-");
    private static string PartnerNode(PathCell p) => "p:" + (Carriers.TryGetValue(p.Cell.HandoverCarrierId, out var carrier) ? carrier.Code : "-");

    private static string? HubCode(PathCell p) => Hubs.TryGetValue(p.Cell.HubId, out var hub) ? hub.Code : null;
    private static string? PartnerCode(PathCell p) => Carriers.TryGetValue(p.Cell.HandoverCarrierId, out var carrier) ? carrier.Code : null;

    // Links into the parcel list (its parameters: carrier, service, region, origin-hub, lane).
    private static string PickupHref(IReadOnlyList<PathCell> members) =>
        HubCode(members[0]) is { } hub ? $"/parcels?origin-hub={hub}" : $"/parcels?region={Regions[members[0].Lane.OriginRegionId].Code}";

    private static string DomesticHref(IReadOnlyList<PathCell> members) =>
        Query(Lane(members), HubCode(members[0]), null, Lane(members) is null ? Regions[members[0].Lane.DestinationRegionId].Code : null);

    private static string HandoverHref(IReadOnlyList<PathCell> members) =>
        Query(Lane(members), HubCode(members[0]), PartnerCode(members[0]), null);

    private static string AbroadHref(IReadOnlyList<PathCell> members) =>
        Query(Lane(members), null, PartnerCode(members[0]), Lane(members) is null ? Regions[members[0].Lane.DestinationRegionId].Code : null);

    private static string? Lane(IReadOnlyList<PathCell> members) =>
        members.Select(m => m.Lane.Id).Distinct().Count() == 1 ? LaneCodes.Of(members[0].Lane.Id) : null;

    private static string Query(string? lane, string? hub, string? carrier, string? region)
    {
        var parts = new List<string>();
        if (lane is not null) parts.Add("lane=" + lane);
        if (hub is not null) parts.Add("origin-hub=" + hub);
        if (carrier is not null) parts.Add("carrier=" + carrier);
        if (region is not null) parts.Add("region=" + region);
        if (parts.Count == 0) parts.Add("service=CROSS_BORDER");
        return "/parcels?" + string.Join("&", parts);
    }

    private static string PickupText(FlowStage stage, string source, string target) =>
        target == AwaitingPickup ? $"{source}: awaiting pick-up" : $"{source} → picked up at {target}";

    private static string OnwardText(FlowStage stage, string source, string target) => $"{source} → {target}";

    private static string HandoverText(FlowStage stage, string source, string target) =>
        target == NotHandedOver ? $"{source} → not yet handed over" : $"{source} → handed over to {target}";

    private static FlowNode Node(string id, long parcels)
    {
        var code = id[2..];
        return id[0] switch
        {
            'o' => new FlowNode(id, FlowColumn.OriginRegion, code, RegionName(code) + " (origin)", parcels, "/parcels?region=" + code),
            'h' => code == "-"
                ? new FlowNode(id, FlowColumn.Hub, AwaitingPickup, "Parcels without a pick-up scan yet", parcels, "/parcels")
                : new FlowNode(id, FlowColumn.Hub, code, Hubs.Values.First(h => h.Code == code).Name, parcels, "/parcels?origin-hub=" + code),
            'p' => code == "-"
                ? new FlowNode(id, FlowColumn.Partner, NotHandedOver, "Cross-border parcels still with the Chinese courier", parcels, "/parcels?service=CROSS_BORDER")
                : new FlowNode(id, FlowColumn.Partner, code, Carriers.Values.First(c => c.Code == code).Name + " (hand-over partner)", parcels, "/parcels?carrier=" + code),
            _ => new FlowNode(id, FlowColumn.DestinationRegion, code, RegionName(code) + " (destination)", parcels, "/parcels?region=" + code),
        };
    }

    private static string NodeLabel(string id) => id[2..] switch
    {
        "-" when id[0] == 'h' => AwaitingPickup,
        "-" => NotHandedOver,
        var code => code,
    };

    private static string RegionName(string code) => Regions.Values.First(r => r.Code == code).Name;

    /// <summary>Reference order (regions, hubs, partners as listed), placeholders last: related nodes sit together.</summary>
    private static int SortKey(string id)
    {
        var code = id[2..];
        var index = id[0] switch
        {
            'h' => Array.FindIndex(ReferenceData.Hubs, h => h.Code == code),
            'p' => Array.FindIndex(ReferenceData.Carriers, c => c.Code == code),
            _ => Array.FindIndex(ReferenceData.Regions, r => r.Code == code),
        };
        return index < 0 ? int.MaxValue : index;
    }
}
