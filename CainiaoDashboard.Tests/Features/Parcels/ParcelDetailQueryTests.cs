using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Features.Parcels;

public abstract class ParcelDetailQueryTests(SimulatedDatabase data)
{
    public sealed class OnSqlite(SimulatedDatabase.OnSqlite data) : ParcelDetailQueryTests(data), IClassFixture<SimulatedDatabase.OnSqlite>;

    public sealed class OnPostgres(SimulatedDatabase.OnPostgres data) : ParcelDetailQueryTests(data), IClassFixture<SimulatedDatabase.OnPostgres>;

    private static readonly DateTime Now = SimulatedDatabase.NowUtc;

    [Fact]
    public async Task A_handed_over_parcel_is_found_by_its_partner_number_with_its_whole_carrier_chain_and_events_in_time_order()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = data.Contexts.CreateDbContext();
        var partner = await db.ParcelTrackingNumbers.Where(t => t.Sequence == 1).OrderBy(t => t.TrackingNumber).FirstAsync(ct);
        var parcel = await db.Parcels.SingleAsync(p => p.Id == partner.ParcelId, ct);
        var stored = await db.TrackingEvents.Where(e => e.ParcelId == parcel.Id).ToListAsync(ct);

        var detail = await Query().GetAsync(partner.TrackingNumber.ToLowerInvariant(), Now, includePersonalData: true, ct);

        Assert.NotNull(detail);
        Assert.Equal(parcel.TrackingNumber, detail.TrackingNumber);
        Assert.Equal([parcel.TrackingNumber, partner.TrackingNumber], detail.TrackingNumbers.Select(t => t.TrackingNumber));
        Assert.Equal(stored.OrderBy(e => e.EventUtc).ThenBy(e => e.Id).Select(e => (e.Id, e.RawCode, e.RawText)),
            detail.Events.Select(e => (e.Id, e.RawCode, e.RawText)));
        Assert.Contains(detail.Events, e => e.SubStatus == ParcelSubStatus.HandedOver);
        Assert.Equal(parcel.RecipientName, detail.RecipientName);
    }

    [Fact]
    public async Task Personal_data_and_complaint_texts_are_masked_in_the_query()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = data.Contexts.CreateDbContext();
        var complained = await db.Complaints.Select(c => c.ParcelId).FirstAsync(ct);
        var number = await db.Parcels.Where(p => p.Id == complained).Select(p => p.TrackingNumber).SingleAsync(ct);

        var detail = await Query().GetAsync(number, Now, includePersonalData: false, ct);

        Assert.NotNull(detail);
        Assert.Equal([PersonalDataAccess.Hidden, PersonalDataAccess.Hidden, PersonalDataAccess.Hidden], [detail.RecipientName, detail.RecipientPhone, detail.RecipientAddress]);
        Assert.NotEmpty(detail.Complaints);
        Assert.All(detail.Complaints, c => Assert.Equal(PersonalDataAccess.Hidden, c.Description));
    }

    [Fact]
    public async Task An_unknown_or_malformed_tracking_number_finds_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Null(await Query().GetAsync("ZZ000000000NOPE", Now, true, ct));
        Assert.Null(await Query().GetAsync(new string('9', 500), Now, true, ct));
        Assert.Null(await Query().GetAsync("' OR 1=1 --", Now, true, ct));
    }

    [Fact]
    public void Hub_stops_measure_dwell_from_first_to_last_scan_and_an_open_stay_runs_until_now()
    {
        var t0 = new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);
        TimelineEvent At(int hours, string? hub, ParcelSubStatus sub) =>
            new(hours, t0.AddHours(hours), t0.AddHours(hours), "ZTO", ParcelStatus.InTransit, sub, "X", "x", hub, hub, "Asia/Shanghai");
        var events = new[]
        {
            At(0, null, ParcelSubStatus.None),
            At(1, "HGH", ParcelSubStatus.ArrivedHub),
            At(4, "HGH", ParcelSubStatus.DepartedHub),
            At(9, "PEK", ParcelSubStatus.ArrivedHub),
        };

        var stops = ParcelDetailQuery.HubStops(events, finished: false, t0.AddHours(12));

        Assert.Equal([("HGH", TimeSpan.FromHours(3), false), ("PEK", TimeSpan.FromHours(3), true)], stops.Select(s => (s.HubCode, s.Dwell, s.StillThere)));
    }

    private ParcelDetailQuery Query() => new(data.Contexts, data.ListQuery());
}
