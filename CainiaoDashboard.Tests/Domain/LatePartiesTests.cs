using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Domain;

/// <summary>The one party a parcel is counted against: at a late first attempt, past the promise after an on-time one, or holding it now.</summary>
public sealed class LatePartiesTests
{
    private static readonly DateTime Ordered = new(2026, 11, 2, 1, 0, 0, DateTimeKind.Utc);
    private static readonly JourneyParcel NextDayParcel = new(Zto, NextDay, CrossBorder: false, Ordered, Ordered.AddHours(36));
    private static readonly JourneyParcel CrossBorderParcel = new(Zto, ReferenceIds.CrossBorder, CrossBorder: true, Ordered, Ordered.AddHours(480));

    private static JourneyScan Scan(double hours, ParcelStatus status, ParcelSubStatus sub = ParcelSubStatus.None) => new(status, sub, Ordered.AddHours(hours));

    private static DateTime At(double hours) => Ordered.AddHours(hours);

    private static JourneyState Open(ParcelStatus status, ParcelSubStatus sub = ParcelSubStatus.None, double? lastScan = null, bool handedOver = false) =>
        new(status, sub, null, null, lastScan is { } h ? At(h) : null, handedOver);

    [Fact]
    public void A_late_first_attempt_is_split_at_that_attempt_while_the_leg_bar_still_shows_the_whole_journey()
    {
        List<JourneyScan> scans =
        [
            Scan(2, ParcelStatus.PickedUp), Scan(40, ParcelStatus.OutForDelivery), Scan(41, ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome),
            Scan(99, ParcelStatus.OutForDelivery), Scan(100, ParcelStatus.Delivered, ParcelSubStatus.Signed),
        ];

        var attribution = LateParties.Attribute(NextDayParcel, At(41), scans, At(200));
        var counted = LateParties.CountedAgainst(NextDayParcel, new JourneyState(ParcelStatus.Delivered, ParcelSubStatus.Signed, At(41), At(100), At(100), false), () => scans);

        Assert.True(attribution.AtFirstAttempt);
        Assert.Equal(TimeSpan.FromHours(5), attribution.Late);
        Assert.Equal([new LateShare(LateParty.Courier, TimeSpan.FromHours(5))], attribution.Shares);
        Assert.Equal(At(100), attribution.Legs[^1].EndUtc);
        Assert.Equal(LateParty.Courier, counted);
    }

    [Fact]
    public void After_an_on_time_first_attempt_only_the_time_past_the_promise_counts_to_whoever_held_the_parcel_then()
    {
        // The linehaul ran 10 h over its plan, yet the first attempt (30 h) met the promise (36 h): that overrun made nothing late.
        List<JourneyScan> scans =
        [
            Scan(2, ParcelStatus.PickedUp), Scan(30, ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome),
            Scan(39, ParcelStatus.OutForDelivery), Scan(40, ParcelStatus.Delivered, ParcelSubStatus.Signed),
        ];

        var attribution = LateParties.Attribute(NextDayParcel, At(30), scans, At(200));

        Assert.False(attribution.AtFirstAttempt);
        Assert.Equal(TimeSpan.FromHours(4), attribution.Late);
        Assert.Equal([new LateShare(LateParty.Recipient, TimeSpan.FromHours(3)), new LateShare(LateParty.Courier, TimeSpan.FromHours(1))],
            attribution.Shares);
    }

    [Fact]
    public void A_parcel_delivered_on_time_or_returned_is_counted_against_nobody_and_its_scans_are_not_read()
    {
        var delivered = new JourneyState(ParcelStatus.Delivered, ParcelSubStatus.Signed, At(30), At(30), At(30), false);
        var returned = new JourneyState(ParcelStatus.ReturnToSender, ParcelSubStatus.None, null, null, At(90), false);

        Assert.Null(LateParties.CountedAgainst(NextDayParcel, delivered, () => throw new InvalidOperationException("read")));
        Assert.Null(LateParties.CountedAgainst(NextDayParcel, returned, () => throw new InvalidOperationException("read")));
    }

    [Theory]
    [InlineData(ParcelStatus.Pending, ParcelSubStatus.None, false, LateParty.Shipper)]
    [InlineData(ParcelStatus.PickedUp, ParcelSubStatus.None, false, LateParty.Courier)]
    [InlineData(ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome, false, LateParty.Recipient)]
    [InlineData(ParcelStatus.AvailableForPickup, ParcelSubStatus.None, false, LateParty.Recipient)]
    [InlineData(ParcelStatus.Exception, ParcelSubStatus.Weather, false, LateParty.Weather)]
    [InlineData(ParcelStatus.Exception, ParcelSubStatus.CarrierIssue, false, LateParty.Courier)]
    [InlineData(ParcelStatus.InTransit, ParcelSubStatus.ImportCustomsHeld, false, LateParty.Customs)]
    [InlineData(ParcelStatus.InTransit, ParcelSubStatus.DepartedHub, false, LateParty.Courier)]
    [InlineData(ParcelStatus.InTransit, ParcelSubStatus.HandedOver, true, LateParty.Partner)]
    public void An_open_parcel_within_its_promise_at_its_latest_scan_is_counted_against_whoever_holds_it_now(
        ParcelStatus status, ParcelSubStatus sub, bool handedOver, LateParty holder)
    {
        var parcel = handedOver || sub == ParcelSubStatus.ImportCustomsHeld ? CrossBorderParcel : NextDayParcel;

        Assert.Equal(holder, LateParties.CountedAgainst(parcel, Open(status, sub, lastScan: 20, handedOver), () => throw new InvalidOperationException("read")));
    }

    [Fact]
    public void An_open_parcel_whose_latest_scan_was_past_the_promise_is_counted_by_its_lateness_at_that_scan()
    {
        List<JourneyScan> scans = [Scan(20, ParcelStatus.PickedUp), Scan(50, ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub)];

        // Picked up 20 h after the order (plan 7.2 h): the shipper's 12.8 h beats the linehaul's 12 h over plan.
        var counted = LateParties.CountedAgainst(NextDayParcel, Open(ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub, lastScan: 50), () => scans);

        Assert.Equal(LateParty.Shipper, counted);
    }

    [Fact]
    public void Clock_stops_never_overlap_so_the_shares_add_up_to_the_lateness_and_scans_at_the_same_instant_give_one_answer()
    {
        // Not home at 30 h (within the promise); a storm at 38 h while the recipient's wait runs; out again at 44 h.
        List<JourneyScan> scans =
        [
            Scan(2, ParcelStatus.PickedUp), Scan(20, ParcelStatus.OutForDelivery), Scan(30, ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome),
            Scan(38, ParcelStatus.Exception, ParcelSubStatus.Weather), Scan(44, ParcelStatus.OutForDelivery),
            Scan(46, ParcelStatus.Delivered, ParcelSubStatus.Signed),
        ];

        var attribution = LateParties.Attribute(NextDayParcel, At(30), scans, At(200));
        var reversed = LateParties.Attribute(NextDayParcel, At(30), Enumerable.Reverse(scans).Append(Scan(38, ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub)), At(200));
        var tied = LateParties.Attribute(NextDayParcel, At(30), scans.Append(Scan(38, ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub)), At(200));

        // Past the promise (36 h): the recipient 36-38, the weather 38-44, the courier's delivery 44-46 (equal shares in party order).
        Assert.Equal(TimeSpan.FromHours(10), attribution.Late);
        Assert.Equal([new LateShare(LateParty.Weather, TimeSpan.FromHours(6)), new LateShare(LateParty.Courier, TimeSpan.FromHours(2)),
            new LateShare(LateParty.Recipient, TimeSpan.FromHours(2))], attribution.Shares);
        Assert.Equal(tied.Shares, reversed.Shares);
        Assert.Equal(tied.Legs, reversed.Legs, (a, b) => a.Leg == b.Leg && a.StartUtc == b.StartUtc && a.EndUtc == b.EndUtc && a.Stops.SequenceEqual(b.Stops));
    }
}
