namespace CainiaoDashboard.Domain;

/// <summary>One party's part of a parcel's lateness.</summary>
public readonly record struct LateShare(LateParty Party, TimeSpan Late);

/// <summary>
/// Who made a parcel late. <see cref="Late"/> is how far it is past its promise (delivered: at delivery; open: now), split
/// among the parties in proportion to the time each took beyond the plan: every leg's overrun
/// (its time less its clock stops, beyond its planned share of the promise window) counts for the leg's party, and every
/// clock stop counts whole for its own party (a recipient not home, a customs hold, weather). Largest share first; the
/// first is <see cref="Responsible"/>. A parcel that is not late, or that was returned or cancelled rather than
/// delivered, has no shares.
/// </summary>
public sealed record LatenessAttribution(TimeSpan Late, IReadOnlyList<LateShare> Shares, IReadOnlyList<LegSpan> Legs)
{
    public LateParty? Responsible => Shares.Count > 0 ? Shares[0].Party : null;

    /// <summary>Whether <see cref="Late"/> and the shares are the first attempt's lateness (the legs still show the whole journey).</summary>
    public bool AtFirstAttempt { get; init; }

    public static LatenessAttribution Of(JourneyParcel parcel, IEnumerable<JourneyScan> scans, DateTime nowUtc)
    {
        var (legs, late) = Journey(parcel, scans, nowUtc);
        if (late <= TimeSpan.Zero) return new LatenessAttribution(TimeSpan.Zero, [], legs);

        var excess = new Dictionary<LateParty, TimeSpan>();
        void Add(LateParty party, TimeSpan time)
        {
            if (time > TimeSpan.Zero) excess[party] = excess.GetValueOrDefault(party) + time;
        }

        foreach (var leg in legs)
        {
            Add(leg.Party, leg.Overrun);
            foreach (var stop in leg.Stops) Add(stop.Party, stop.Duration);
        }

        // Late with nobody beyond plan: only a parcel ordered at or after its promise (which intake refuses); its last leg's party.
        if (excess.Count == 0) Add(legs.LastOrDefault(l => l.StartUtc <= parcel.PromisedUtc)?.Party ?? LateParty.Courier, late);

        var total = excess.Values.Aggregate(TimeSpan.Zero, (sum, t) => sum + t);
        return new LatenessAttribution(late, Ordered(excess.Select(e => new LateShare(e.Key, late * (e.Value / total)))), legs);
    }

    /// <summary>
    /// A parcel whose first attempt met the promise: what came before cannot have made it late, so its lateness is the time
    /// past the promise, each hour of it to whoever held the parcel then (a clock stop's party, else the leg's).
    /// </summary>
    public static LatenessAttribution HeldPastPromise(JourneyParcel parcel, IEnumerable<JourneyScan> scans, DateTime nowUtc)
    {
        var (legs, late) = Journey(parcel, scans, nowUtc);
        if (late <= TimeSpan.Zero) return new LatenessAttribution(TimeSpan.Zero, [], legs);

        var held = new Dictionary<LateParty, TimeSpan>();
        foreach (var leg in legs)
        {
            var (from, to) = (Later(leg.StartUtc, parcel.PromisedUtc), leg.EndUtc);
            if (to <= from) continue;
            var stopped = TimeSpan.Zero;
            foreach (var stop in leg.Stops)
            {
                var (stopFrom, stopTo) = (Later(stop.StartUtc, from), stop.EndUtc < to ? stop.EndUtc : to);
                if (stopTo <= stopFrom) continue;
                held[stop.Party] = held.GetValueOrDefault(stop.Party) + (stopTo - stopFrom);
                stopped += stopTo - stopFrom;
            }

            if (to - from > stopped) held[leg.Party] = held.GetValueOrDefault(leg.Party) + (to - from - stopped);
        }

        return new LatenessAttribution(late, Ordered(held.Select(h => new LateShare(h.Key, h.Value))), legs);
    }

    /// <summary>The legs, and how late the parcel is at their end; zero for a returned or cancelled parcel, which is not attributed.</summary>
    private static (IReadOnlyList<LegSpan> Legs, TimeSpan Late) Journey(JourneyParcel parcel, IEnumerable<JourneyScan> scans, DateTime nowUtc)
    {
        var journey = scans.ToList();
        var legs = JourneyLegs.Of(parcel, journey, nowUtc);
        var endUtc = legs.Count > 0 ? legs[^1].EndUtc : nowUtc;
        var undelivered = journey.Any(s => s.Status is ParcelStatus.ReturnToSender or ParcelStatus.Cancelled);
        return (legs, undelivered ? TimeSpan.Zero : endUtc - parcel.PromisedUtc);
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private static List<LateShare> Ordered(IEnumerable<LateShare> shares) => [.. shares.OrderByDescending(s => s.Late).ThenBy(s => s.Party)];
}
