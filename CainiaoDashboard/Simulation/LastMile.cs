using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

/// <summary>How the parcel reaches the recipient: drawn before the transit scans are laid out.</summary>
/// <param name="ViaStation">Left at a pick-up station (Cainiao station, post office) for collection.</param>
/// <param name="Lead">Out-for-delivery scan to the door (or to the station).</param>
/// <param name="StationWait">Ready at the station to collected; the collection is the first attempt.</param>
internal readonly record struct Doorstep(bool ViaStation, long Lead, long StationWait)
{
    public long Before(long firstAttemptTicks) => firstAttemptTicks - StationWait - Lead;
}

/// <summary>Out for delivery, the attempts at the door, and the occasional failure, re-attempt or return.</summary>
internal static class LastMile
{
    private static readonly WeightedChoice<StepKind> DomesticDelivery =
        new((StepKind.Signed, 0.55), (StepKind.SignedLocker, 0.35), (StepKind.SignedNeighbour, 0.10));

    private static readonly WeightedChoice<StepKind> PartnerDelivery =
        new((StepKind.Signed, 0.75), (StepKind.SignedNeighbour, 0.12), (StepKind.SignedLocker, 0.13));

    private static readonly WeightedChoice<StepKind> FailureReasons =
        new((StepKind.FailedNotHome, 0.60), (StepKind.FailedAddress, 0.15), (StepKind.FailedAccess, 0.15), (StepKind.FailedRefused, 0.10));

    /// <param name="transitSpan">Pick-up to first attempt.</param>
    /// <param name="sinceOpening">Opening of the delivery day to first attempt: the van leaves that morning.</param>
    public static Doorstep Draw(StableRandom rng, int serviceLevelId, bool byPartner, long transitSpan, long sinceOpening)
    {
        var viaStation = rng.Chance(byPartner ? 0.10 : 0.30);
        var lead = serviceLevelId == ServiceLevels.SameDay ? rng.Between(0.3, 1.2) : rng.Between(1, 5);
        var wait = viaStation ? rng.Between(0.5, 10) : 0;

        var room = Math.Min(SimTime.ToHours(transitSpan) * 0.2, Math.Max(SimTime.ToHours(sinceOpening), 0.2) * 0.9);
        var scale = lead + wait > room ? room / (lead + wait) : 1.0;
        return new Doorstep(viaStation, SimTime.Hours(lead * scale), SimTime.Hours(wait * scale));
    }

    public static void Append(Timeline timeline, Doorstep door, long firstAttempt, CarrierProfile courier, int hubId,
        bool byPartner, StableRandom rng)
    {
        var delivered = byPartner ? PartnerDelivery : DomesticDelivery;
        timeline.Add(door.Before(firstAttempt), StepKind.OutForDelivery, hubId, byPartner);

        if (door.ViaStation)
        {
            timeline.Add(firstAttempt - door.StationWait, StepKind.PickupReady, hubId, byPartner);
            timeline.Add(firstAttempt, StepKind.Collected, hubId, byPartner);
            return;
        }

        if (!rng.Chance(courier.FailedAttemptRate))
        {
            timeline.Add(firstAttempt, delivered.Draw(rng), hubId, byPartner);
            return;
        }

        var failure = FailureReasons.Draw(rng);
        timeline.Add(firstAttempt, failure, hubId, byPartner);
        if (failure == StepKind.FailedRefused)
        {
            timeline.Add(firstAttempt + SimTime.Hours(rng.Between(4, 48)), StepKind.Return, hubId, byPartner);
            return;
        }

        if (rng.Chance(0.35))
        {
            var ready = firstAttempt + SimTime.Hours(rng.Between(1, 4));
            timeline.Add(ready, StepKind.PickupReady, hubId, byPartner);
            timeline.Add(ready + SimTime.Hours(rng.Between(3, 48)), StepKind.Collected, hubId, byPartner);
            return;
        }

        var retry = firstAttempt + SimTime.Hours(rng.Between(16, 26));
        var secondAttempt = retry + SimTime.Hours(rng.Between(1, 5));
        timeline.Add(retry, StepKind.OutForDelivery, hubId, byPartner);
        if (rng.Chance(0.10))
        {
            timeline.Add(secondAttempt, StepKind.FailedNotHome, hubId, byPartner);
            timeline.Add(secondAttempt + SimTime.Hours(rng.Between(24, 72)), StepKind.Return, hubId, byPartner);
            return;
        }

        timeline.Add(secondAttempt, delivered.Draw(rng), hubId, byPartner);
    }
}
