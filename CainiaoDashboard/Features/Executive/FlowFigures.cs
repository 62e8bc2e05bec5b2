using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Executive;

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
/// over" until then). So the links of each stage add up to the parcels in range. Nodes are labelled by their codes
/// (CN-EAST, HGH, USPS); names, placeholders and descriptions are in the reader's language, so figures are made for a
/// reader and never shared between languages. A class of static members rather than a static class, since its type
/// names its translations.
/// </summary>
public sealed class FlowCalculator
{
    private FlowCalculator()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<FlowCalculator>();

    /// <summary>The hub node of parcels without a pick-up scan yet.</summary>
    public static string AwaitingPickup => Text["Awaiting pick-up"];

    /// <summary>The partner node of cross-border parcels still with the Chinese courier.</summary>
    public static string NotHandedOver => Text["Not yet handed over"];

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
                return new LaneFlow(code, Labels.NameOf(Regions[lane.OriginRegionId]), Labels.NameOf(Regions[lane.DestinationRegionId]), lane.IsCrossBorder,
                    parcels, total > 0 ? (double)parcels / total : 0, attempts, attempts > 0 ? (double)onTime / attempts : null,
                    TransitBuckets.Percentile(histogram, 0.5), delivered, (ParcelListFilter.All with { LaneId = lane.Id }).ToUrl());
            })
            .OrderByDescending(l => l.Parcels).ThenBy(l => l.Code, StringComparer.Ordinal)
            .ToList();

        return new FlowFigures(readout.Range, nodes, links, lanes, total);
    }

    private sealed record PathCell(FlowCell Cell, Domain.Lane Lane, Dictionary<int, long> Histogram);

    private static IEnumerable<FlowLink> Links(
        IEnumerable<PathCell> paths, FlowStage stage, Func<PathCell, (string Source, string Target)> ends,
        Func<IReadOnlyList<PathCell>, string> href, Func<string, string, string> text) =>
        paths.GroupBy(ends).Select(g =>
        {
            var members = g.ToList();
            var (parcels, attempts, onTime, delivered, histogram) = Sum(members);
            return new FlowLink(g.Key.Source, g.Key.Target, stage, parcels, attempts, onTime, delivered,
                TransitBuckets.Percentile(histogram, 0.5), href(members), text(g.Key.Source, g.Key.Target));
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

    private static int? HubId(PathCell p) => Hubs.ContainsKey(p.Cell.HubId) ? p.Cell.HubId : null;
    private static int? PartnerId(PathCell p) => Carriers.ContainsKey(p.Cell.HandoverCarrierId) ? p.Cell.HandoverCarrierId : null;

    // Links into the parcel list, built as its filter so they read back the way they were meant.
    private static string PickupHref(IReadOnlyList<PathCell> members) =>
        (HubId(members[0]) is { } hub ? ParcelListFilter.All with { OriginHubId = hub } : ParcelListFilter.All with { RegionId = members[0].Lane.OriginRegionId }).ToUrl();

    private static string DomesticHref(IReadOnlyList<PathCell> members) =>
        Href(LaneId(members), HubId(members[0]), null, LaneId(members) is null ? members[0].Lane.DestinationRegionId : null);

    private static string HandoverHref(IReadOnlyList<PathCell> members) =>
        Href(LaneId(members), HubId(members[0]), PartnerId(members[0]), null);

    private static string AbroadHref(IReadOnlyList<PathCell> members) =>
        Href(LaneId(members), null, PartnerId(members[0]), LaneId(members) is null ? members[0].Lane.DestinationRegionId : null);

    private static int? LaneId(IReadOnlyList<PathCell> members) =>
        members.Select(m => m.Lane.Id).Distinct().Count() == 1 ? members[0].Lane.Id : null;

    private static string Href(int? lane, int? hub, int? carrier, int? region)
    {
        var filter = ParcelListFilter.All with { LaneId = lane, OriginHubId = hub, CarrierId = carrier, RegionId = region };
        return (filter == ParcelListFilter.All ? CrossBorderParcels : filter).ToUrl();
    }

    private static readonly ParcelListFilter CrossBorderParcels =
        ParcelListFilter.All with { ServiceLevelId = ReferenceData.ServiceLevels.First(s => s.Code == "CROSS_BORDER").Id };

    // What a link is, by the ends' labels: "CN-EAST → picked up at HGH", "HGH → handed over to USPS".
    private static string PickupText(string source, string target) => IsPlaceholder(target)
        ? Text["{0}: awaiting pick-up", NodeLabel(source)]
        : Text["{0} → picked up at {1}", NodeLabel(source), NodeLabel(target)];

    private static string OnwardText(string source, string target) => Text["{0} → {1}", NodeLabel(source), NodeLabel(target)];

    private static string HandoverText(string source, string target) => IsPlaceholder(target)
        ? Text["{0} → not yet handed over", NodeLabel(source)]
        : Text["{0} → handed over to {1}", NodeLabel(source), NodeLabel(target)];

    private static bool IsPlaceholder(string id) => id[2..] == "-";

    private static FlowNode Node(string id, long parcels)
    {
        var code = id[2..];
        return id[0] switch
        {
            'o' => new FlowNode(id, FlowColumn.OriginRegion, code, Text["{0} (origin)", RegionName(code)], parcels, RegionHref(code)),
            'h' => code == "-"
                ? new FlowNode(id, FlowColumn.Hub, AwaitingPickup, Text["Parcels without a pick-up scan yet"], parcels, ParcelListFilter.All.ToUrl())
                : new FlowNode(id, FlowColumn.Hub, code, Labels.NameOf(Hubs.Values.First(h => h.Code == code)), parcels,
                    (ParcelListFilter.All with { OriginHubId = Hubs.Values.First(h => h.Code == code).Id }).ToUrl()),
            'p' => code == "-"
                ? new FlowNode(id, FlowColumn.Partner, NotHandedOver, Text["Cross-border parcels still with the Chinese courier"], parcels, CrossBorderParcels.ToUrl())
                : new FlowNode(id, FlowColumn.Partner, code, Text["{0} (hand-over partner)", Labels.NameOf(Carriers.Values.First(c => c.Code == code))], parcels,
                    (ParcelListFilter.All with { CarrierId = Carriers.Values.First(c => c.Code == code).Id }).ToUrl()),
            _ => new FlowNode(id, FlowColumn.DestinationRegion, code, Text["{0} (destination)", RegionName(code)], parcels, RegionHref(code)),
        };
    }

    private static string RegionHref(string code) => (ParcelListFilter.All with { RegionId = Regions.Values.First(r => r.Code == code).Id }).ToUrl();

    private static string NodeLabel(string id) => id[2..] switch
    {
        "-" when id[0] == 'h' => AwaitingPickup,
        "-" => NotHandedOver,
        var code => code,
    };

    private static string RegionName(string code) => Labels.NameOf(Regions.Values.First(r => r.Code == code));

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
