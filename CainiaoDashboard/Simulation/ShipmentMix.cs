using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// The traffic mix: 80% domestic (same-day only within a region), 20% cross-border from the east and
/// south export regions, handed to the partner that serves the destination.
/// </summary>
internal static class ShipmentMix
{
    public const double CrossBorderShare = 0.20;

    // Same-day is sold only for orders placed 06:00-15:00 China time (it must be at the door before the
    // couriers stop for the night); the share within that window makes it about 10% of domestic parcels.
    private const double IntraRegionShare = 0.30;
    private const int SameDayFirstHour = 6, SameDayCutOffHour = 15;
    private const double SameDayShareWithinRegion = 0.52;
    private const double NextDayShareOfRest = 0.39;

    private static readonly WeightedChoice<int> DomesticCarriers =
        new((Carriers.Zto, 0.42), (Carriers.Yto, 0.33), (Carriers.Sto, 0.25));

    // Merchants cluster in the east and south; buyers are spread more evenly.
    private static readonly WeightedChoice<int> DomesticOrigins =
        new((Regions.CnEast, 0.42), (Regions.CnSouth, 0.28), (Regions.CnNorth, 0.10), (Regions.CnCentral, 0.10), (Regions.CnWest, 0.10));

    private static readonly WeightedChoice<int> DomesticDestinations =
        new((Regions.CnEast, 0.28), (Regions.CnSouth, 0.20), (Regions.CnNorth, 0.18), (Regions.CnCentral, 0.17), (Regions.CnWest, 0.17));

    private static readonly WeightedChoice<int> FastChannels =
        new((Channels.Tmall, 0.70), (Channels.Taobao, 0.25), (Channels.TmallGlobal, 0.05));

    private static readonly WeightedChoice<int> StandardChannels =
        new((Channels.Tmall, 0.30), (Channels.Taobao, 0.65), (Channels.TmallGlobal, 0.05));

    private static readonly WeightedChoice<int> ExportOrigins = new((Regions.CnEast, 0.6), (Regions.CnSouth, 0.4));

    private static readonly WeightedChoice<int> OverseasDestinations =
        new((Regions.Us, 0.35), (Regions.Eu, 0.30), (Regions.Latam, 0.20), (Regions.Sea, 0.15));

    private static readonly WeightedChoice<int> CrossBorderChannels = new((Channels.AliExpress, 0.9), (Channels.TmallGlobal, 0.1));

    private static readonly WeightedChoice<int> EuropePartners = new((Carriers.Correos, 0.7), (Carriers.SingPost, 0.3));
    private static readonly WeightedChoice<int> LatinAmericaPartners = new((Carriers.Correos, 0.6), (Carriers.SingPost, 0.4));

    public static Shipment Draw(StableRandom rng, int chinaHour) =>
        rng.Chance(CrossBorderShare) ? CrossBorder(rng) : Domestic(rng, chinaHour is >= SameDayFirstHour and < SameDayCutOffHour);

    public static int PartnerFor(int destinationRegionId, StableRandom rng) => destinationRegionId switch
    {
        Regions.Us => Carriers.Usps,
        Regions.Sea => Carriers.SingPost,
        Regions.Eu => EuropePartners.Draw(rng),
        Regions.Latam => LatinAmericaPartners.Draw(rng),
        _ => throw new ArgumentOutOfRangeException(nameof(destinationRegionId), destinationRegionId, "Not an overseas region."),
    };

    private static Shipment Domestic(StableRandom rng, bool sameDayOnSale)
    {
        var carrier = DomesticCarriers.Draw(rng);
        var origin = DomesticOrigins.Draw(rng);
        var destination = rng.Chance(IntraRegionShare) ? origin : DomesticDestinations.Draw(rng);
        var withinRegion = origin == destination;

        var service = withinRegion && sameDayOnSale && rng.Chance(SameDayShareWithinRegion)
            ? ServiceLevels.SameDay
            : rng.Chance(NextDayShareOfRest) ? ServiceLevels.NextDay : ServiceLevels.Standard;
        var channel = service == ServiceLevels.Standard ? StandardChannels.Draw(rng) : FastChannels.Draw(rng);

        var originHub = rng.Pick(LogisticsNetwork.HubsIn(origin));
        // Same-day is a same-city service: one sorting centre does both ends.
        var destinationHub = service == ServiceLevels.SameDay ? originHub : rng.Pick(LogisticsNetwork.HubsIn(destination));

        return new Shipment(LogisticsNetwork.LaneId(origin, destination), service, channel, carrier, 0,
            origin, destination, originHub, destinationHub);
    }

    private static Shipment CrossBorder(StableRandom rng)
    {
        var carrier = DomesticCarriers.Draw(rng);
        var origin = ExportOrigins.Draw(rng);
        var destination = OverseasDestinations.Draw(rng);
        var partner = PartnerFor(destination, rng);
        var channel = CrossBorderChannels.Draw(rng);
        var originHub = rng.Pick(LogisticsNetwork.HubsIn(origin));
        var gateway = rng.Pick(LogisticsNetwork.HubsIn(destination));

        return new Shipment(LogisticsNetwork.LaneId(origin, destination), ServiceLevels.CrossBorder, channel, carrier, partner,
            origin, destination, originHub, gateway);
    }
}
