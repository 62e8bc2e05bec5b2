namespace CainiaoDashboard.Domain;

/// <summary>One scan as the journey reads it: its normalised status and time.</summary>
public readonly record struct JourneyScan(ParcelStatus Status, ParcelSubStatus SubStatus, DateTime Utc);

/// <summary>What the journey needs to know of the parcel itself.</summary>
/// <param name="CarrierId">The courier it was booked with (whose plan applies).</param>
public sealed record JourneyParcel(int CarrierId, int ServiceLevelId, bool CrossBorder, DateTime CreatedUtc, DateTime PromisedUtc);

/// <summary>Time inside a leg that is someone else's: a recipient not home, a customs hold, a storm.</summary>
public readonly record struct ClockStop(LateParty Party, DateTime StartUtc, DateTime EndUtc)
{
    public TimeSpan Duration => EndUtc - StartUtc;
}

/// <summary>One leg as it went: from and to (still running for an open parcel's current leg), its plan, and the clock stops in it.</summary>
public sealed record LegSpan(Leg Leg, LateParty Party, DateTime StartUtc, DateTime EndUtc, bool Running, TimeSpan Planned, IReadOnlyList<ClockStop> Stops)
{
    public TimeSpan Actual => EndUtc - StartUtc;

    /// <summary>The leg's time less its clock stops: what its own party took.</summary>
    public TimeSpan Counted => Max(TimeSpan.Zero, Actual - Stops.Aggregate(TimeSpan.Zero, (sum, stop) => sum + stop.Duration));

    /// <summary>How far the leg's own party ran over its plan.</summary>
    public TimeSpan Overrun => Max(TimeSpan.Zero, Counted - Planned);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

/// <summary>
/// Splits a parcel's journey into legs from its scans. Each leg ends at the first scan of the next milestone: pick-up;
/// (cross-border) the export customs scan, the departure after it, arrival in the destination country and customs
/// release; the first out-for-delivery, pick-up point or attempt scan; delivery (or return, or now while open). A
/// milestone without its scan takes the earliest later one known, so its leg's time stays with the leg before it (no
/// customs scan, no customs time). Clock stops come from the reviewed table <c>Domain/clock-stops.csv</c> (<see cref="ClockStops"/>):
/// after a failed attempt and at a pick-up point the recipient's time until the next delivery scan; a customs hold or
/// customs exception customs' time until the next scan (release); weather, shipper and recipient exceptions theirs.
/// </summary>
public static class JourneyLegs
{
    private static readonly Leg[] DomesticLegs = [Leg.FirstMile, Leg.Linehaul, Leg.Delivery];

    private static readonly Leg[] CrossBorderLegs =
        [Leg.FirstMile, Leg.Linehaul, Leg.ExportCustoms, Leg.International, Leg.ImportCustoms, Leg.PartnerLastMile, Leg.Delivery];

    public static IReadOnlyList<LegSpan> Of(JourneyParcel parcel, IEnumerable<JourneyScan> scans, DateTime nowUtc)
    {
        // Scans at the same instant in a fixed order, whatever order they were stored or read in.
        var ordered = scans.Where(s => s.Status != ParcelStatus.Unknown).OrderBy(s => s.Utc).ThenBy(s => s.Status).ThenBy(s => s.SubStatus).ToList();
        var finishedUtc = FirstTime(ordered, s => s.Status.IsFinal());
        var endUtc = finishedUtc ?? nowUtc;
        var legs = parcel.CrossBorder ? CrossBorderLegs : DomesticLegs;
        var ends = legs.Select(leg => EndOf(leg, parcel.CrossBorder, ordered)).ToArray();
        var stops = StopsOf(ordered, endUtc);

        var spans = new List<LegSpan>();
        var start = parcel.CreatedUtc;
        for (var i = 0; i < legs.Length; i++)
        {
            // A missing milestone takes the earliest later one known; after the last known one the parcel is in this leg.
            var known = ends.Skip(i).Where(e => e is not null).Min();
            var running = known is null;
            var end = known is { } milestone && milestone < endUtc ? milestone : endUtc;
            if (end < start) end = start;
            var leg = legs[i];
            spans.Add(new LegSpan(leg, PartyOf(leg, parcel.CrossBorder), start, end, running && finishedUtc is null,
                LegPlans.Planned(parcel.CarrierId, parcel.ServiceLevelId, leg, parcel.CreatedUtc, parcel.PromisedUtc), Within(stops, start, end)));
            if (running || end >= endUtc) break;
            start = end;
        }

        return spans;
    }

    private static DateTime? EndOf(Leg leg, bool crossBorder, List<JourneyScan> scans) => leg switch
    {
        Leg.FirstMile => FirstTime(scans, s => s.Status == ParcelStatus.PickedUp),
        Leg.Linehaul when crossBorder => FirstTime(scans, s => s.SubStatus == ParcelSubStatus.ExportCustoms),
        Leg.Linehaul => FirstTime(scans, StartsDelivery),
        Leg.ExportCustoms => FirstTime(scans, s => s.SubStatus == ParcelSubStatus.ExportCustoms) is { } export
            ? FirstTime(scans, s => s.SubStatus == ParcelSubStatus.DepartedHub && s.Utc >= export)
            : null,
        Leg.International => FirstTime(scans, s => s.SubStatus == ParcelSubStatus.ArrivedDestinationCountry),
        Leg.ImportCustoms => FirstTime(scans, s => s.SubStatus == ParcelSubStatus.CustomsReleased),
        Leg.PartnerLastMile => FirstTime(scans, StartsDelivery),
        _ => FirstTime(scans, s => s.Status.IsFinal()),
    };

    private static DateTime? FirstTime(List<JourneyScan> scans, Func<JourneyScan, bool> match)
    {
        foreach (var scan in scans)
        {
            if (match(scan)) return scan.Utc;
        }

        return null;
    }

    private static bool StartsDelivery(JourneyScan scan) =>
        scan.Status is ParcelStatus.OutForDelivery or ParcelStatus.AvailableForPickup or ParcelStatus.AttemptFailed or ParcelStatus.Delivered;

    /// <summary>Whose time a leg is, clock stops aside.</summary>
    public static LateParty PartyOf(Leg leg, bool crossBorder) => leg switch
    {
        Leg.FirstMile => LateParty.Shipper,
        Leg.ExportCustoms or Leg.ImportCustoms => LateParty.Customs,
        Leg.PartnerLastMile => LateParty.Partner,
        Leg.Delivery when crossBorder => LateParty.Partner,
        _ => LateParty.Courier,
    };

    /// <summary>
    /// The clock stops the scans show (<see cref="ClockStops"/>), each until the next later scan, or for the recipient's wait
    /// after a failed attempt or at a pick-up point until the next delivery scan (or the journey's end), and never past the
    /// start of the next stop.
    /// </summary>
    private static List<ClockStop> StopsOf(List<JourneyScan> scans, DateTime endUtc)
    {
        var stops = new List<ClockStop>();
        for (var i = 0; i < scans.Count; i++)
        {
            var scan = scans[i];
            if (ClockStops.For(scan.Status, scan.SubStatus) is not { } rule) continue;
            // Only a later scan ends a wait: one at the same instant is part of the same moment.
            var next = scans.Skip(i + 1).FirstOrDefault(s => s.Utc > scan.Utc && (!rule.UntilDelivery || StartsDelivery(s) || s.Status.IsFinal()));
            var until = next != default ? next.Utc : endUtc;
            if (until <= scan.Utc) continue;
            // A stop that begins inside the one before ends that one: no hour is anybody's twice.
            if (stops.Count > 0 && stops[^1].EndUtc > scan.Utc) stops[^1] = stops[^1] with { EndUtc = scan.Utc };
            stops.Add(new ClockStop(rule.Party, scan.Utc, until < endUtc ? until : endUtc));
        }

        stops.RemoveAll(s => s.EndUtc <= s.StartUtc);
        return stops;
    }

    /// <summary>The parts of the stops that fall inside [start, end).</summary>
    private static List<ClockStop> Within(List<ClockStop> stops, DateTime start, DateTime end) =>
    [
        .. stops.Where(s => s.StartUtc < end && s.EndUtc > start)
            .Select(s => s with { StartUtc = s.StartUtc > start ? s.StartUtc : start, EndUtc = s.EndUtc < end ? s.EndUtc : end }),
    ];
}
