using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// Whether a parcel draws a complaint, about what, and when: after whatever provoked it. Late and
/// exception-hit parcels are far more likely to be complained about.
/// </summary>
internal static class ComplaintPlanner
{
    // Late parcels draw most complaints, failed attempts and exceptions many more than smooth ones (see CarrierProfiles).
    private const double LateMultiplier = 10;
    private const double ExceptionMultiplier = 4;
    private const double FailedAttemptMultiplier = 4;

    private static readonly WeightedChoice<ComplaintCategory> WhenLate =
        new((ComplaintCategory.LateDelivery, 0.70), (ComplaintCategory.ImpoliteCourier, 0.10), (ComplaintCategory.Damaged, 0.06),
            (ComplaintCategory.Lost, 0.07), (ComplaintCategory.Misdelivered, 0.03), (ComplaintCategory.Other, 0.04));

    // About a quarter of shoppers in the survey found delivery staff impolite: the top on-time grievance.
    private static readonly WeightedChoice<ComplaintCategory> WhenOnTime =
        new((ComplaintCategory.ImpoliteCourier, 0.35), (ComplaintCategory.Damaged, 0.25), (ComplaintCategory.Misdelivered, 0.18),
            (ComplaintCategory.Lost, 0.04), (ComplaintCategory.Other, 0.18));

    private static readonly WeightedChoice<ContactChannel> DomesticContact =
        new((ContactChannel.App, 0.45), (ContactChannel.Chat, 0.25), (ContactChannel.Phone, 0.25), (ContactChannel.Email, 0.05));

    private static readonly WeightedChoice<ContactChannel> OverseasContact =
        new((ContactChannel.Email, 0.35), (ContactChannel.Chat, 0.30), (ContactChannel.Phone, 0.20), (ContactChannel.App, 0.15));

    public static PlannedComplaint? Plan(Timeline timeline, in Shipment shipment, long promisedTicks, StableRandom rng)
    {
        var firstAttempt = FirstIndex(timeline, static k => k.IsAttempt());
        var exception = FirstIndex(timeline, static k => k.IsException());
        var delivered = FirstIndex(timeline, static k => k.IsDelivered());
        var lateBy = timeline[firstAttempt].Ticks - promisedTicks;
        var late = lateBy > 0;

        var lastMileCarrier = shipment.IsCrossBorder ? shipment.PartnerCarrierId : shipment.CarrierId;
        var failed = !timeline[firstAttempt].Kind.IsDelivered();
        var probability = CarrierProfiles.Of(lastMileCarrier).ComplaintRate
            * (late ? LateMultiplier : 1) * (exception >= 0 ? ExceptionMultiplier : 1) * (failed ? FailedAttemptMultiplier : 1);
        if (!rng.Chance(Math.Min(probability, 0.5)))
        {
            return null;
        }

        var category = (late ? WhenLate : WhenOnTime).Draw(rng);
        if ((category is ComplaintCategory.Damaged or ComplaintCategory.Misdelivered && delivered < 0)
            || (category == ComplaintCategory.Lost && exception < 0 && !late))
        {
            category = ComplaintCategory.Other;
        }

        var opened = category switch
        {
            ComplaintCategory.LateDelivery => promisedTicks + SimTime.Hours(rng.Between(1, 36)),
            ComplaintCategory.ImpoliteCourier => timeline[firstAttempt].Ticks + SimTime.Hours(rng.Between(0.3, 24)),
            ComplaintCategory.Damaged or ComplaintCategory.Misdelivered => timeline[delivered].Ticks + SimTime.Hours(rng.Between(1, 72)),
            ComplaintCategory.Lost => (exception >= 0 ? timeline[exception].Ticks : promisedTicks) + SimTime.Hours(rng.Between(24, 72)),
            _ => timeline[rng.Next(1, timeline.Count)].Ticks + SimTime.Hours(rng.Between(1, 48)),
        };

        var handover = shipment.IsCrossBorder ? timeline.IndexOf(StepKind.Handover) : -1;
        var byPartner = handover >= 0 && opened >= timeline[handover].Ticks;
        var receivedBeforehand = delivered >= 0 && timeline[delivered].Ticks <= opened;
        var contact = (shipment.IsCrossBorder ? OverseasContact : DomesticContact).Draw(rng);
        var description = ComplaintWording.Describe(category, rng.Next(3), SimTime.ToHours(lateBy), receivedBeforehand);

        timeline.InsertInOrder(opened, StepKind.Complaint, byPartner);
        return new PlannedComplaint(category, contact, description);
    }

    private static int FirstIndex(Timeline timeline, Func<StepKind, bool> predicate)
    {
        for (var i = 0; i < timeline.Count; i++)
        {
            if (predicate(timeline[i].Kind))
            {
                return i;
            }
        }

        return -1;
    }
}
