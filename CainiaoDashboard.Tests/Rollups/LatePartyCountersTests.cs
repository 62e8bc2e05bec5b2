using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Rollups;

/// <summary>
/// The party counters on the simulator's traffic (hand-overs, failed attempts, customs holds, re-sent and late scans)
/// through the real pipeline: every parcel's stored party is the one its stored scans give, and every party counter
/// equals a recomputation from the stored parcels.
/// </summary>
public sealed class LatePartyCountersTests() : MigratedDatabaseTests("late-party.db")
{
    private static readonly DateTime Until = new(2026, 11, 20, 7, 30, 0, DateTimeKind.Utc);

    private async Task LoadAsync(CancellationToken ct)
    {
        using var pipeline = Database.NewPipeline();
        await pipeline.StartAsync(ct);
        await SimulatedTraffic.LoadAsync(pipeline, Until, TimeSpan.FromDays(12), 600, ct);
        await pipeline.StopAsync(ct);
    }

    [Fact]
    public async Task Each_parcels_party_is_what_its_scans_give_and_the_counters_equal_a_recomputation_from_the_parcels()
    {
        var ct = TestContext.Current.CancellationToken;
        await LoadAsync(ct);
        await using var db = Database.NewContext();
        var parcels = await db.Parcels.AsNoTracking().ToListAsync(ct);
        var scans = (await db.TrackingEvents.AsNoTracking().Select(e => new { e.ParcelId, e.Status, e.SubStatus, e.EventUtc }).ToListAsync(ct))
            .ToLookup(e => e.ParcelId, e => new JourneyScan(e.Status, e.SubStatus, DateTime.SpecifyKind(e.EventUtc, DateTimeKind.Utc)));

        foreach (var p in parcels)
        {
            var journey = new JourneyParcel(p.BookedCarrierId, p.ServiceLevelId, ReferenceData.Lane(p.LaneId).IsCrossBorder, Utc(p.CreatedUtc), Utc(p.PromisedUtc));
            var state = new JourneyState(p.Status, p.SubStatus, Utc(p.FirstAttemptUtc), Utc(p.DeliveredUtc), Utc(p.LastEventUtc),
                ReferenceData.IsCrossBorderPartner(p.CarrierId));
            Assert.True(LateParties.CountedAgainst(journey, state, () => scans[p.Id]) == p.LateParty, $"{p.TrackingNumber}: stored {p.LateParty}");
        }

        var late = parcels.Where(p => p.FirstAttemptUtc > p.PromisedUtc).ToList();
        var deliveredLate = parcels.Where(p => p.DeliveredUtc > p.PromisedUtc).ToList();
        Assert.True(late.Count > 100, $"only {late.Count} late first attempts");
        Assert.True(deliveredLate.Select(p => p.LateParty).Distinct().Count() >= 4, "fewer than four parties among late deliveries");

        var hourly = await db.HourlyRollups.AsNoTracking().ToListAsync(ct);
        var daily = await db.DailyVolumes.AsNoTracking().ToListAsync(ct);
        foreach (var party in PartyCounts.Parties)
        {
            var delivered = deliveredLate.Where(p => p.LateParty == party).ToList();
            Assert.Equal(Cells(delivered, p => (RollupDelta.HourOf(Utc(p.DeliveredUtc)!.Value), p.CarrierId, p.LaneId, p.DeliveryHubId ?? 0)),
                Cells(hourly.Where(r => HourlyColumn(r, party) != 0), r => (r.BucketHour, r.CarrierId, r.LaneId, r.HubId), r => HourlyColumn(r, party)));
            var attempted = late.Where(p => p.LateParty == party).ToList();
            Assert.Equal(Cells(attempted, p => (OperationsCalendar.DayOf(Utc(p.FirstAttemptUtc)!.Value), p.BookedCarrierId, p.ServiceLevelId, p.ChannelId)),
                Cells(daily.Where(r => DailyColumn(r, party) != 0), r => ((long)r.Day, r.CarrierId, r.ServiceLevelId, r.ChannelId), r => DailyColumn(r, party)));
        }

        var ownFault = late.Where(p => p.LateParty == LateParties.OwnPartyOf(ReferenceData.IsCrossBorderPartner(p.CarrierId))).ToList();
        Assert.Equal(Cells(ownFault, p => (RollupDelta.HourOf(Utc(p.FirstAttemptUtc)!.Value), p.CarrierId, p.LaneId, p.DeliveryHubId ?? 0)),
            Cells(hourly.Where(r => r.OwnFaultLateFirstAttempts != 0), r => (r.BucketHour, r.CarrierId, r.LaneId, r.HubId), r => r.OwnFaultLateFirstAttempts));
        // Every late first attempt has a party: the parties add up to the on-time rate's complement, day by day.
        Assert.All(daily.GroupBy(r => r.Day), day => Assert.Equal(day.Sum(r => r.FirstAttempts - r.OnTimeFirstAttempts),
            day.Sum(r => PartyCounts.Parties.Sum(party => DailyColumn(r, party)))));
    }

    [Fact]
    public void Each_party_counts_in_the_columns_named_after_it()
    {
        foreach (var party in PartyCounts.Parties)
        {
            Assert.Equal("LateDelivered" + party, HourlyCounters.LateDelivered(party).ToString());
            Assert.Equal("LateFirstAttempts" + party, DailyCounters.LateFirstAttempts(party).ToString());
        }
    }

    private static SortedDictionary<string, long> Cells<T, TKey>(IEnumerable<T> rows, Func<T, TKey> key, Func<T, long>? count = null)
    {
        var cells = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var name = key(row)!.ToString()!;
            cells[name] = cells.GetValueOrDefault(name) + (count?.Invoke(row) ?? 1);
        }

        return cells;
    }

    private static long HourlyColumn(HourlyRollup r, LateParty party) => party switch
    {
        LateParty.Shipper => r.LateDeliveredShipper,
        LateParty.Courier => r.LateDeliveredCourier,
        LateParty.Partner => r.LateDeliveredPartner,
        LateParty.Customs => r.LateDeliveredCustoms,
        LateParty.Recipient => r.LateDeliveredRecipient,
        _ => r.LateDeliveredWeather,
    };

    private static long DailyColumn(DailyVolume r, LateParty party) => party switch
    {
        LateParty.Shipper => r.LateFirstAttemptsShipper,
        LateParty.Courier => r.LateFirstAttemptsCourier,
        LateParty.Partner => r.LateFirstAttemptsPartner,
        LateParty.Customs => r.LateFirstAttemptsCustoms,
        LateParty.Recipient => r.LateFirstAttemptsRecipient,
        _ => r.LateFirstAttemptsWeather,
    };

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
