namespace CainiaoDashboard.Domain;

/// <summary>One party's part of a parcel's lateness.</summary>
public readonly record struct LateShare(LateParty Party, TimeSpan Late);

/// <summary>
/// Who made a parcel late. <see cref="Late"/> is how far it is past its promise (delivered, returned or cancelled: at that
/// scan; open: now), split among the parties in proportion to the time each took beyond the plan: every leg's overrun
/// (its time less its clock stops, beyond its planned share of the promise window) counts for the leg's party, and every
/// clock stop counts whole for its own party (a recipient not home, a customs hold, weather). Largest share first; the
/// first is <see cref="Responsible"/>. A parcel that is not late has no shares.
/// </summary>
public sealed record LatenessAttribution(TimeSpan Late, IReadOnlyList<LateShare> Shares, IReadOnlyList<LegSpan> Legs)
{
    public LateParty? Responsible => Shares.Count > 0 ? Shares[0].Party : null;

    public static LatenessAttribution Of(JourneyParcel parcel, IEnumerable<JourneyScan> scans, DateTime nowUtc)
    {
        var legs = JourneyLegs.Of(parcel, scans, nowUtc);
        var endUtc = legs.Count > 0 ? legs[^1].EndUtc : nowUtc;
        var late = endUtc - parcel.PromisedUtc;
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

        // Late without anyone beyond plan (a plan whose shares leave time unplanned): the leg the promise passed in.
        if (excess.Count == 0) Add(legs.LastOrDefault(l => l.StartUtc <= parcel.PromisedUtc)?.Party ?? LateParty.Courier, late);

        var total = excess.Values.Aggregate(TimeSpan.Zero, (sum, t) => sum + t);
        List<LateShare> shares = [.. excess.Select(e => new LateShare(e.Key, late * (e.Value / total)))
            .OrderByDescending(s => s.Late).ThenBy(s => s.Party)];
        return new LatenessAttribution(late, shares, legs);
    }
}
