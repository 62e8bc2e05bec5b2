using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Domain;

/// <summary>
/// Who made a parcel late, on hand-built journeys: one late only in customs, one whose recipient was not home twice, one
/// late in the partner's last mile, one late at the first mile, and one late in two legs.
/// </summary>
public sealed class LatenessAttributionTests
{
    private static readonly DateTime Ordered = new(2026, 11, 2, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Now = Ordered.AddDays(40);

    private static readonly JourneyParcel NextDayParcel = new(Zto, NextDay, CrossBorder: false, Ordered, Ordered.AddHours(36));
    private static readonly JourneyParcel CrossBorderParcel = new(Zto, ReferenceIds.CrossBorder, CrossBorder: true, Ordered, Ordered.AddHours(480));

    private static JourneyScan Scan(double hours, ParcelStatus status, ParcelSubStatus sub = ParcelSubStatus.None) => new(status, sub, Ordered.AddHours(hours));

    /// <summary>A cross-border journey within every leg's plan up to customs release (plans: 24, 48, 24, 120, 72, 120, 72 h).</summary>
    private static List<JourneyScan> CrossBorderTo(double releasedAt) =>
    [
        Scan(10, ParcelStatus.PickedUp),
        Scan(40, ParcelStatus.InTransit, ParcelSubStatus.ExportCustoms),
        Scan(50, ParcelStatus.InTransit, ParcelSubStatus.DepartedHub),
        Scan(100, ParcelStatus.InTransit, ParcelSubStatus.ArrivedDestinationCountry),
        Scan(releasedAt, ParcelStatus.InTransit, ParcelSubStatus.CustomsReleased),
        Scan(releasedAt + 5, ParcelStatus.InTransit, ParcelSubStatus.HandedOver),
    ];

    [Fact]
    public void A_parcel_late_only_because_customs_held_it_is_customs_and_the_hold_stops_no_one_elses_clock()
    {
        List<JourneyScan> scans =
        [
            .. CrossBorderTo(releasedAt: 400),
            Scan(110, ParcelStatus.InTransit, ParcelSubStatus.ImportCustomsHeld),
            Scan(470, ParcelStatus.OutForDelivery),
            Scan(500, ParcelStatus.Delivered, ParcelSubStatus.Signed),
        ];

        var attribution = LatenessAttribution.Of(CrossBorderParcel, scans, Now);

        Assert.Equal(TimeSpan.FromHours(20), attribution.Late);
        Assert.Equal([new LateShare(LateParty.Customs, TimeSpan.FromHours(20))], attribution.Shares);
        var customs = attribution.Legs.Single(l => l.Leg == Leg.ImportCustoms);
        Assert.Equal((TimeSpan.FromHours(300), TimeSpan.FromHours(10), TimeSpan.Zero), (customs.Actual, customs.Counted, customs.Overrun));
        Assert.Equal([new ClockStop(LateParty.Customs, Ordered.AddHours(110), Ordered.AddHours(400))], customs.Stops);
        Assert.All(attribution.Legs, leg => Assert.Equal(TimeSpan.Zero, leg.Overrun));
    }

    [Fact]
    public void A_parcel_late_because_the_recipient_was_not_home_twice_is_the_recipients_not_the_couriers()
    {
        List<JourneyScan> scans =
        [
            Scan(4, ParcelStatus.PickedUp),
            Scan(20, ParcelStatus.OutForDelivery),
            Scan(22, ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome),
            Scan(44, ParcelStatus.OutForDelivery),
            Scan(46, ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome),
            Scan(68, ParcelStatus.OutForDelivery),
            Scan(70, ParcelStatus.Delivered, ParcelSubStatus.Signed),
        ];

        var attribution = LatenessAttribution.Of(NextDayParcel, scans, Now);

        Assert.Equal(LateParty.Recipient, attribution.Responsible);
        Assert.Equal([new LateShare(LateParty.Recipient, TimeSpan.FromHours(34))], attribution.Shares);
        var delivery = attribution.Legs.Single(l => l.Leg == Leg.Delivery);
        Assert.Equal((TimeSpan.FromHours(50), TimeSpan.FromHours(6)), (delivery.Actual, delivery.Counted));
        Assert.Equal(2, delivery.Stops.Count);
    }

    [Fact]
    public void A_parcel_late_in_the_partners_last_mile_is_the_partners()
    {
        List<JourneyScan> scans =
        [
            .. CrossBorderTo(releasedAt: 170),
            Scan(460, ParcelStatus.OutForDelivery),
            Scan(490, ParcelStatus.Delivered, ParcelSubStatus.Signed),
        ];

        var attribution = LatenessAttribution.Of(CrossBorderParcel, scans, Now);

        Assert.Equal([new LateShare(LateParty.Partner, TimeSpan.FromHours(10))], attribution.Shares);
        Assert.Equal(TimeSpan.FromHours(460 - 170 - 120), attribution.Legs.Single(l => l.Leg == Leg.PartnerLastMile).Overrun);
    }

    [Fact]
    public void A_parcel_picked_up_late_is_the_shippers()
    {
        List<JourneyScan> scans =
        [
            Scan(30, ParcelStatus.PickedUp),
            Scan(40, ParcelStatus.OutForDelivery),
            Scan(42, ParcelStatus.Delivered, ParcelSubStatus.Signed),
        ];

        var attribution = LatenessAttribution.Of(NextDayParcel, scans, Now);

        Assert.Equal([new LateShare(LateParty.Shipper, TimeSpan.FromHours(6))], attribution.Shares);
        Assert.Equal(TimeSpan.FromHours(30 - 36 * 0.20), attribution.Legs[0].Overrun);
    }

    [Fact]
    public void A_parcel_late_in_two_legs_splits_its_lateness_in_proportion_to_each_partys_overrun()
    {
        // First mile 12 h (plan 7.2 h: 4.8 h over), linehaul 26 h (plan 18 h: 8 h over), delivery 2 h: 4 h late.
        List<JourneyScan> scans =
        [
            Scan(12, ParcelStatus.PickedUp),
            Scan(38, ParcelStatus.OutForDelivery),
            Scan(40, ParcelStatus.Delivered, ParcelSubStatus.Signed),
        ];

        var attribution = LatenessAttribution.Of(NextDayParcel, scans, Now);

        Assert.Equal(TimeSpan.FromHours(4), attribution.Late);
        Assert.Equal([LateParty.Courier, LateParty.Shipper], attribution.Shares.Select(s => s.Party));
        Assert.Equal(4 * 8 / 12.8, attribution.Shares[0].Late.TotalHours, 6);
        Assert.Equal(4 * 4.8 / 12.8, attribution.Shares[1].Late.TotalHours, 6);
    }

    [Fact]
    public void An_open_parcel_past_its_promise_is_late_until_now_in_the_leg_it_is_in()
    {
        List<JourneyScan> scans = [Scan(3, ParcelStatus.PickedUp), Scan(5, ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub)];

        var attribution = LatenessAttribution.Of(NextDayParcel, scans, Ordered.AddHours(40));

        Assert.Equal(TimeSpan.FromHours(4), attribution.Late);
        Assert.Equal(LateParty.Courier, attribution.Responsible);
        Assert.Equal([Leg.FirstMile, Leg.Linehaul], attribution.Legs.Select(l => l.Leg));
        Assert.True(attribution.Legs[^1].Running);
    }

    [Fact]
    public void A_missing_customs_scan_leaves_the_time_with_the_leg_before_it_and_a_parcel_on_time_has_no_shares()
    {
        List<JourneyScan> scans =
        [
            Scan(10, ParcelStatus.PickedUp),
            Scan(50, ParcelStatus.InTransit, ParcelSubStatus.DepartedHub),
            Scan(100, ParcelStatus.InTransit, ParcelSubStatus.ArrivedDestinationCountry),
            Scan(150, ParcelStatus.InTransit, ParcelSubStatus.CustomsReleased),
            Scan(300, ParcelStatus.OutForDelivery),
            Scan(320, ParcelStatus.Delivered, ParcelSubStatus.Signed),
        ];

        var attribution = LatenessAttribution.Of(CrossBorderParcel, scans, Now);

        Assert.Empty(attribution.Shares);
        var linehaul = attribution.Legs.Single(l => l.Leg == Leg.Linehaul);
        Assert.Equal((Ordered.AddHours(10), Ordered.AddHours(100)), (linehaul.StartUtc, linehaul.EndUtc));
        Assert.Equal(LateParty.Courier, attribution.Legs.Single(l => l.Leg == Leg.International).Party);
    }

    [Fact]
    public void A_depot_scan_between_two_attempts_does_not_end_the_recipients_wait()
    {
        List<JourneyScan> scans =
        [
            Scan(4, ParcelStatus.PickedUp),
            Scan(20, ParcelStatus.OutForDelivery),
            Scan(22, ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome),
            Scan(23, ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub),
            Scan(44, ParcelStatus.OutForDelivery),
            Scan(46, ParcelStatus.Delivered, ParcelSubStatus.Signed),
        ];

        var attribution = LatenessAttribution.Of(NextDayParcel, scans, Now);

        Assert.Equal([new ClockStop(LateParty.Recipient, Ordered.AddHours(22), Ordered.AddHours(44))], attribution.Legs[^1].Stops);
        Assert.Equal([new LateShare(LateParty.Recipient, TimeSpan.FromHours(10))], attribution.Shares);
    }

    [Fact]
    public void A_parcel_returned_or_cancelled_rather_than_delivered_is_not_attributed()
    {
        List<JourneyScan> returned = [Scan(4, ParcelStatus.PickedUp), Scan(60, ParcelStatus.ReturnToSender)];
        List<JourneyScan> cancelled = [Scan(50, ParcelStatus.Cancelled)];

        Assert.Empty(LatenessAttribution.Of(NextDayParcel, returned, Now).Shares);
        Assert.Empty(LatenessAttribution.Of(NextDayParcel, cancelled, Now).Shares);
        Assert.Equal(Ordered.AddHours(60), LatenessAttribution.Of(NextDayParcel, returned, Now).Legs[^1].EndUtc);
    }
}
