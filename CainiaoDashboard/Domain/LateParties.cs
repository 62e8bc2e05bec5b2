namespace CainiaoDashboard.Domain;

/// <summary>What the counted party depends on in a parcel's stored state.</summary>
/// <param name="HandedOver">Whether a cross-border partner holds the parcel now.</param>
public readonly record struct JourneyState(
    ParcelStatus Status, ParcelSubStatus SubStatus, DateTime? FirstAttemptUtc, DateTime? DeliveredUtc, DateTime? LastEventUtc, bool HandedOver);

/// <summary>
/// The one party a parcel's lateness is counted against, in lists, queues and the KPIs' party counters: the largest share
/// of its lateness as <see cref="Attribute"/> splits it. A first attempt after the promise (what the on-time rate counts
/// as late) is split at that attempt, so whatever happened after it (a recipient not home) does not change whose it was;
/// after an on-time first attempt only the time past the promise counts, to whoever held the parcel then (usually the
/// recipient); otherwise the legs' overruns and clock stops (<see cref="LatenessAttribution.Of"/>). Finished parcels count at
/// their end; open ones at their latest scan, or while that scan was within the promise the party holding them now (from
/// the status: the recipient after a failed attempt, customs at a customs scan, the partner after the hand-over), whose time
/// every further hour adds to. Delivered on time, returned or cancelled without a late attempt: none.
/// </summary>
public static class LateParties
{
    /// <summary>The parcel's lateness as counted: at a late first attempt when it had one, else at its end (or <paramref name="nowUtc"/>).</summary>
    public static LatenessAttribution Attribute(JourneyParcel parcel, DateTime? firstAttemptUtc, IEnumerable<JourneyScan> scans, DateTime nowUtc)
    {
        var journey = scans as IReadOnlyList<JourneyScan> ?? [.. scans];
        return firstAttemptUtc switch
        {
            { } attempt when attempt > parcel.PromisedUtc => LatenessAttribution.Of(parcel, journey.Where(s => s.Utc <= attempt), attempt) with
            {
                Legs = JourneyLegs.Of(parcel, journey, nowUtc),
                AtFirstAttempt = true,
            },
            not null => LatenessAttribution.HeldPastPromise(parcel, journey, nowUtc),
            null => LatenessAttribution.Of(parcel, journey, nowUtc),
        };
    }

    /// <summary>The party counted; <paramref name="scans"/> is read only when the parcel is late as its scans stand.</summary>
    public static LateParty? CountedAgainst(JourneyParcel parcel, JourneyState state, Func<IEnumerable<JourneyScan>> scans)
    {
        if (state.FirstAttemptUtc is { } attempt && attempt > parcel.PromisedUtc)
        {
            return Attribute(parcel, attempt, scans(), attempt).Responsible ?? Holder(parcel, state);
        }

        if (state.Status.IsFinal())
        {
            return state.DeliveredUtc is { } delivered && delivered > parcel.PromisedUtc
                ? Attribute(parcel, state.FirstAttemptUtc, scans(), delivered).Responsible
                : null;
        }

        return state.LastEventUtc is { } latest && latest > parcel.PromisedUtc
            ? Attribute(parcel, state.FirstAttemptUtc, scans(), latest).Responsible ?? Holder(parcel, state)
            : Holder(parcel, state);
    }

    /// <summary>
    /// Who holds an open parcel up now, from its stored status alone (no scans read): the party of the clock stop it waits
    /// in (<see cref="ClockStops"/>), else the party <see cref="JourneyLegs"/> gives the leg its status puts it in.
    /// </summary>
    public static LateParty Holder(JourneyParcel parcel, JourneyState state) =>
        ClockStops.For(state.Status, state.SubStatus) is { } stop ? stop.Party : JourneyLegs.PartyOf(LegOf(parcel, state), parcel.CrossBorder);

    /// <summary>
    /// The leg an open parcel's status puts it in: the first mile before pick-up, customs at an export or arrival scan, the
    /// partner's last mile once a partner holds a cross-border parcel (handed over, released), the delivery once out for
    /// delivery, else the linehaul.
    /// </summary>
    private static Leg LegOf(JourneyParcel parcel, JourneyState state) => (state.Status, state.SubStatus) switch
    {
        (ParcelStatus.InTransit, ParcelSubStatus.ExportCustoms) => Leg.ExportCustoms,
        (ParcelStatus.InTransit, ParcelSubStatus.ArrivedDestinationCountry) => Leg.ImportCustoms,
        (ParcelStatus.Pending or ParcelStatus.InfoReceived, _) => Leg.FirstMile,
        (ParcelStatus.OutForDelivery, _) => Leg.Delivery,
        _ when parcel.CrossBorder && (state.HandedOver || state.SubStatus == ParcelSubStatus.CustomsReleased) => Leg.PartnerLastMile,
        _ => Leg.Linehaul,
    };

    /// <summary>The party whose fault is a carrier's own: a courier's, or a hand-over partner's.</summary>
    public static LateParty OwnPartyOf(bool crossBorderPartner) => crossBorderPartner ? LateParty.Partner : LateParty.Courier;
}
