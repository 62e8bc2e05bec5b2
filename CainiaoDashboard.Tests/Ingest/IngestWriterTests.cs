using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Simulation;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

public abstract class IngestWriterTests(DatabaseProvider provider) : MigratedDatabaseTests("ingest.db", provider)
{
    public sealed class OnSqlite() : IngestWriterTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : IngestWriterTests(DatabaseProvider.Postgres);

    private static readonly DateTime Created = new(2026, 11, 10, 2, 0, 0, DateTimeKind.Utc);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var writer = Database.NewWriter();
        Assert.Equal(2, writer.Register([NewParcel("ZT0001"), NewParcel("ZT0002"), NewParcel("ZT0001")]));
    }

    [Fact]
    public async Task The_same_carrier_event_twice_is_stored_once_and_reported_as_a_duplicate()
    {
        using var writer = Database.NewWriter();
        var pickedUp = Event("e1", "ZT0001", "GOT", Created.AddHours(1));

        var first = writer.Apply([pickedUp], Created.AddHours(1));
        var again = writer.Apply([pickedUp, pickedUp], Created.AddHours(2));

        Assert.Equal([EventOutcome.Accepted], first);
        Assert.Equal([EventOutcome.Duplicate, EventOutcome.Duplicate], again);
        await using var db = NewContext();
        Assert.Equal(1, await db.TrackingEvents.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.HourlyRollups.SumAsync(r => r.PickedUp, TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.HourlyRollups.SumAsync(r => r.Events, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_reference_the_validators_should_have_refused_fails_the_whole_batch_and_stores_nothing()
    {
        using var writer = Database.NewWriter();
        var good = Event("e1", "ZT0001", "GOT", Created.AddHours(1));
        var unknownHub = Event("e2", "ZT0002", "GOT", Created.AddHours(1)) with { HubId = 999 };

        var refusedEvent = Assert.Throws<ArgumentException>(() => writer.Apply([good, unknownHub], Created.AddHours(1)));
        var refusedParcel = Assert.Throws<ArgumentException>(() => writer.Register([NewParcel("ZT0003") with { LaneId = 999 }]));

        Assert.Contains("ZT0002 refers to an unknown hub 999", refusedEvent.Message);
        Assert.Contains("ZT0003 refers to an unknown lane 999", refusedParcel.Message);
        await using var db = NewContext();
        Assert.Equal(0, await db.TrackingEvents.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.Parcels.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.HourlyRollups.SumAsync(r => r.Events, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_late_older_event_is_stored_but_never_moves_the_status_backwards()
    {
        using var writer = Database.NewWriter();
        writer.Apply([Event("e2", "ZT0001", "SENT_SCAN", Created.AddHours(20))], Created.AddHours(20));

        var outcome = writer.Apply([Event("e1", "ZT0001", "ARRIVAL", Created.AddHours(5))], Created.AddHours(21));

        Assert.Equal([EventOutcome.Accepted], outcome);
        await using var db = NewContext();
        var parcel = await db.Parcels.SingleAsync(p => p.Id == 1, TestContext.Current.CancellationToken);
        Assert.Equal(ParcelStatus.OutForDelivery, parcel.Status);
        Assert.Equal(2, await db.TrackingEvents.CountAsync(e => e.ParcelId == 1, TestContext.Current.CancellationToken));
        var counts = await db.StatusCounts.Where(s => s.Parcels != 0).ToDictionaryAsync(s => s.Status, s => s.Parcels, TestContext.Current.CancellationToken);
        Assert.Equal(new Dictionary<ParcelStatus, long> { [ParcelStatus.OutForDelivery] = 1, [ParcelStatus.Pending] = 1 }, counts);
    }

    [Fact]
    public async Task Unknown_parcels_and_other_carriers_parcels_store_nothing()
    {
        using var writer = Database.NewWriter();

        var outcomes = writer.Apply(
            [Event("e1", "NOPE", "GOT", Created.AddHours(1)), Event("e2", "ZT0001", "GOT", Created.AddHours(1)) with { CarrierId = Usps }],
            Created.AddHours(1));

        Assert.Equal([EventOutcome.UnknownParcel, EventOutcome.OtherCarriersParcel], outcomes);
        await using var db = NewContext();
        Assert.Equal(0, await db.TrackingEvents.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.HourlyRollups.SumAsync(r => r.Events, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_event_dated_before_the_parcels_registration_beyond_the_tolerance_stores_nothing()
    {
        using var writer = Database.NewWriter();
        var earliest = Created - IngestWriter.RegistrationTolerance;

        var outcomes = writer.Apply(
            [Event("sign", "ZT0001", "SIGN", earliest.AddTicks(-1)), Event("got", "ZT0001", "GOT", earliest)],
            Created.AddHours(1));

        Assert.Equal([EventOutcome.BeforeRegistration, EventOutcome.Accepted], outcomes);
        await using var db = NewContext();
        Assert.Equal(["got"], await db.TrackingEvents.Select(e => e.CarrierEventId).ToListAsync(TestContext.Current.CancellationToken));
        var parcel = await db.Parcels.SingleAsync(p => p.Id == 1, TestContext.Current.CancellationToken);
        Assert.Equal((ParcelStatus.PickedUp, null), (parcel.Status, parcel.DeliveredUtc));
        Assert.Equal(0, await db.HourlyRollups.SumAsync(r => r.Delivered, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Every_hand_over_the_simulator_sends_is_accepted()
    {
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = 1000, Seed = 3 }, new SimulatorScenarios());
        engine.StartAt(Created);
        var traffic = engine.AdvanceTo(Created.AddDays(20));
        using var writer = Database.NewWriter();

        var result = writer.ApplyBatch(traffic.ToIngestBatch(), Created.AddDays(20));

        var handovers = traffic.Events.Select((e, i) => (e, i)).Where(x => x.e.Handover is not null).Select(x => result.Outcomes[x.i]).ToList();
        Assert.True(handovers.Count > 100, $"{handovers.Count} hand-overs");
        Assert.All(handovers, outcome => Assert.Equal(EventOutcome.Accepted, outcome));
        Assert.All(result.Outcomes, outcome => Assert.Equal(EventOutcome.Accepted, outcome));
    }

    [Fact]
    public async Task A_refused_hand_over_stores_nothing_and_leaves_the_parcel_and_its_rollups_as_they_were()
    {
        var ct = TestContext.Current.CancellationToken;
        using var writer = Database.NewWriter();
        writer.Register([NewParcel("ZT0003") with { LaneId = EastToUs, ServiceLevelId = CrossBorder }]);
        await using var db = NewContext();
        var rollupsBefore = await db.HourlyRollups.SumAsync(r => r.Events, ct);
        var statusBefore = await db.StatusCounts.Where(s => s.Parcels != 0).Select(s => new { s.CarrierId, s.Status, s.Parcels }).ToListAsync(ct);

        var outcomes = writer.Apply(
        [
            Handover("h1", "ZT0001", Usps, "US0001"),
            Handover("h2", "ZT0003", Sto, "ST0003"),
            Handover("h3", "ZT0003", Usps, "ZT0002"),
        ], Created.AddHours(30));

        Assert.Equal([EventOutcome.HandoverPartnerNotAllowed, EventOutcome.HandoverPartnerNotAllowed, EventOutcome.HandoverNumberTaken], outcomes);
        Assert.Equal(0, await db.TrackingEvents.CountAsync(ct));
        Assert.Equal(3, await db.ParcelTrackingNumbers.CountAsync(ct));
        Assert.All(await db.Parcels.ToListAsync(ct), p => Assert.Equal(Zto, p.CarrierId));
        Assert.Equal(rollupsBefore, await db.HourlyRollups.SumAsync(r => r.Events, ct));
        Assert.Equal(statusBefore, await db.StatusCounts.Where(s => s.Parcels != 0).Select(s => new { s.CarrierId, s.Status, s.Parcels }).ToListAsync(ct));
    }

    [Fact]
    public async Task A_first_attempt_the_courier_made_late_stays_the_couriers_though_the_recipient_was_out_for_days_after()
    {
        var ct = TestContext.Current.CancellationToken;
        using var writer = Database.NewWriter();
        // Promised at +36 h; the linehaul plan is 18 h of the window and took 38 h.
        writer.Apply(
        [
            Event("got", "ZT0001", "GOT", Created.AddHours(2)), Event("out", "ZT0001", "SENT_SCAN", Created.AddHours(40)),
            Event("miss", "ZT0001", "FAILED_NOT_HOME", Created.AddHours(41)),
        ], Created.AddHours(41));
        Assert.Equal(LateParty.Courier, await LatePartyAsync("ZT0001", ct));

        writer.Apply([Event("sign", "ZT0001", "SIGN", Created.AddHours(100))], Created.AddHours(100));

        Assert.Equal(LateParty.Courier, await LatePartyAsync("ZT0001", ct));
        await using var db = NewContext();
        var hourly = await db.HourlyRollups.ToListAsync(ct);
        Assert.Equal((1L, 0L, 1L), (hourly.Sum(r => r.LateDeliveredCourier), hourly.Sum(r => r.LateDeliveredRecipient), hourly.Sum(r => r.OwnFaultLateFirstAttempts)));
        var daily = await db.DailyVolumes.ToListAsync(ct);
        Assert.Equal((1L, 0L), (daily.Sum(r => r.LateFirstAttemptsCourier), daily.Sum(r => r.LateFirstAttemptsRecipient)));
    }

    [Fact]
    public async Task A_parcel_attempted_on_time_but_delivered_late_because_nobody_was_home_is_the_recipients_and_not_the_couriers_fault()
    {
        var ct = TestContext.Current.CancellationToken;
        using var writer = Database.NewWriter();
        writer.Apply(
        [
            Event("got", "ZT0002", "GOT", Created.AddHours(2)), Event("out", "ZT0002", "SENT_SCAN", Created.AddHours(20)),
            Event("miss", "ZT0002", "FAILED_NOT_HOME", Created.AddHours(22)),
        ], Created.AddHours(22));
        // Open and waiting on the recipient: past the promise, that wait is what makes it late.
        Assert.Equal(LateParty.Recipient, await LatePartyAsync("ZT0002", ct));

        writer.Apply([Event("out2", "ZT0002", "SENT_SCAN", Created.AddHours(58)), Event("sign", "ZT0002", "SIGN", Created.AddHours(60))], Created.AddHours(60));

        Assert.Equal(LateParty.Recipient, await LatePartyAsync("ZT0002", ct));
        await using var db = NewContext();
        var hourly = await db.HourlyRollups.ToListAsync(ct);
        Assert.Equal((1L, 1L, 0L, 0L), (hourly.Sum(r => r.OnTimeFirstAttempts), hourly.Sum(r => r.LateDeliveredRecipient),
            hourly.Sum(r => r.LateDeliveredCourier), hourly.Sum(r => r.OwnFaultLateFirstAttempts)));
        Assert.Equal(0, await db.DailyVolumes.SumAsync(r => r.LateFirstAttemptsRecipient + r.LateFirstAttemptsCourier, ct));
    }

    [Fact]
    public async Task A_parcel_that_turns_out_on_time_after_a_late_earlier_scan_arrives_leaves_every_party_count()
    {
        var ct = TestContext.Current.CancellationToken;
        using var writer = Database.NewWriter();
        writer.Apply([Event("got", "ZT0001", "GOT", Created.AddHours(2)), Event("sign", "ZT0001", "SIGN", Created.AddHours(40))], Created.AddHours(40));
        Assert.Equal(LateParty.Courier, await LatePartyAsync("ZT0001", ct));

        // The courier's scanner was offline: an on-time failed attempt, sent late, makes the first attempt on time.
        writer.Apply([Event("miss", "ZT0001", "FAILED_NOT_HOME", Created.AddHours(30))], Created.AddHours(41));

        Assert.Equal(LateParty.Recipient, await LatePartyAsync("ZT0001", ct));
        await using var db = NewContext();
        var hourly = await db.HourlyRollups.ToListAsync(ct);
        Assert.Equal((0L, 1L, 0L), (hourly.Sum(r => r.LateDeliveredCourier), hourly.Sum(r => r.LateDeliveredRecipient), hourly.Sum(r => r.OwnFaultLateFirstAttempts)));
        Assert.Equal(0, await db.DailyVolumes.SumAsync(r => r.LateFirstAttemptsCourier, ct));
    }

    private async Task<LateParty?> LatePartyAsync(string trackingNumber, CancellationToken ct)
    {
        await using var db = NewContext();
        return await db.Parcels.Where(p => p.TrackingNumber == trackingNumber).Select(p => p.LateParty).SingleAsync(ct);
    }

    private static CarrierEvent Handover(string eventId, string trackingNumber, int partnerId, string partnerNumber) =>
        Event(eventId, trackingNumber, "HANDOVER", Created.AddHours(30)) with { Handover = new Handover(partnerId, partnerNumber) };

    [Fact]
    public async Task A_late_earlier_failed_attempt_moves_the_first_attempt_and_its_on_time_count()
    {
        using var writer = Database.NewWriter();
        var promised = Created.AddHours(36);
        writer.Apply([Event("got", "ZT0002", "GOT", Created.AddHours(1)), Event("sign", "ZT0002", "SIGN", promised.AddHours(3))], promised.AddHours(3));

        await using (var db = NewContext())
        {
            Assert.Equal(0, await db.HourlyRollups.SumAsync(r => r.OnTimeFirstAttempts, TestContext.Current.CancellationToken));
            Assert.Equal(1, await db.HourlyRollups.SumAsync(r => r.FirstAttemptDelivered, TestContext.Current.CancellationToken));
        }

        writer.Apply([Event("fail", "ZT0002", "FAILED_NOT_HOME", promised.AddHours(-2))], promised.AddHours(4));

        await using var after = NewContext();
        var parcel = await after.Parcels.SingleAsync(p => p.Id == 2, TestContext.Current.CancellationToken);
        Assert.Equal(ParcelStatus.Delivered, parcel.Status);
        Assert.Equal(2, parcel.AttemptCount);
        Assert.Equal(1, await after.HourlyRollups.SumAsync(r => r.FirstAttempts, TestContext.Current.CancellationToken));
        Assert.Equal(1, await after.HourlyRollups.SumAsync(r => r.OnTimeFirstAttempts, TestContext.Current.CancellationToken));
        Assert.Equal(0, await after.HourlyRollups.SumAsync(r => r.FirstAttemptDelivered, TestContext.Current.CancellationToken));
        Assert.Equal(1, await after.TransitHistograms.SumAsync(r => r.Parcels, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Rollups_and_parcel_rows_do_not_depend_on_arrival_order_batching_or_the_writers_cache_after_a_randomised_workload()
    {
        var random = new Random(20261111);
        var codes = CarrierStatusCodes.All.Where(c => c is not ("HANDOVER" or "CANCEL" or "RETURN")).ToArray();
        var parcels = Enumerable.Range(0, 40).Select(i => NewParcel($"RND{i:000}") with { CreatedUtc = Created.AddMinutes(i * 37) }).ToArray();
        var events = Enumerable.Range(0, 400).Select(i => Event($"r{i}", parcels[random.Next(parcels.Length)].TrackingNumber,
            codes[random.Next(codes.Length)], Created.AddMinutes(random.Next(0, 5 * 24 * 60))) with { HubId = random.Next(4) is var hub and > 0 ? hub : null }).ToList();
        var withDuplicates = events.Concat(events.Take(50)).OrderBy(_ => random.Next()).ToList();

        using var orderedDatabase = await MigratedDatabase.CreateAsync("ordered.db", Database.Provider);
        using var shuffledDatabase = await MigratedDatabase.CreateAsync("shuffled.db", Database.Provider);
        using (var writer = orderedDatabase.NewWriter())
        {
            writer.Register(parcels);
            writer.Apply(events.OrderBy(e => e.EventUtc).ToList(), Created);
        }

        // Four cached parcels of forty: most scans find their parcel dropped from memory and read it back.
        using (var writer = shuffledDatabase.NewWriter(cachedParcels: 4))
        {
            writer.Register(parcels);
            for (var start = 0; start < withDuplicates.Count;)
            {
                var size = 1 + random.Next(60);
                writer.Apply(withDuplicates.Skip(start).Take(size).ToList(), Created);
                start += size;
            }
        }

        var ct = TestContext.Current.CancellationToken;
        var ordered = await RollupAudit.FingerprintAsync(orderedDatabase.Store, ct);
        Assert.Equal(ordered, await RollupAudit.FingerprintAsync(shuffledDatabase.Store, ct));
        // Each parcel's stored row holds the state its accepted scans make, worked out here from the pure transitions,
        // whether the writer kept the parcel in memory between batches or read it back.
        var expectedRows = parcels.OrderBy(p => p.TrackingNumber, StringComparer.Ordinal).Select(p => ParcelRow(events
            .Where(e => e.TrackingNumber == p.TrackingNumber && e.EventUtc >= p.CreatedUtc - IngestWriter.RegistrationTolerance)
            .OrderBy(e => e.EventUtc).Aggregate(RegisteredState(p), ParcelTransitions.Apply)));
        Assert.Equal(expectedRows, await ParcelRowsAsync(orderedDatabase));
        Assert.Equal(expectedRows, await ParcelRowsAsync(shuffledDatabase));
        Assert.Equal(await LastScanCellsFromParcelsAsync(shuffledDatabase), await LastScanCellsAsync(shuffledDatabase));
        await using var check = shuffledDatabase.NewContext();
        Assert.True(await check.TransitHistograms.AnyAsync(r => r.Parcels != 0, ct));
        Assert.Equal(await check.TrackingEvents.CountAsync(TestContext.Current.CancellationToken),
            await check.HourlyRollups.SumAsync(r => r.Events, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Scans_of_parcels_this_writer_registered_are_stored_once_however_they_are_repeated()
    {
        var ct = TestContext.Current.CancellationToken;
        var at = Created.AddHours(1);
        using (var writer = Database.NewWriter())
        {
            writer.Register([NewParcel("ZT0101"), NewParcel("ZT0102")]);

            var first = writer.Apply([Event("a1", "ZT0101", "GOT", at), Event("b1", "ZT0102", "GOT", at), Event("a1", "ZT0101", "GOT", at)], at);
            var second = writer.Apply([Event("b1", "ZT0102", "GOT", at), Event("a2", "ZT0101", "ARR", at.AddHours(1))], at.AddHours(1));
            // A batch that fails stores none of its scans, and the writer carries on from what is stored.
            Assert.Throws<ArgumentException>(() =>
                writer.Apply([Event("a3", "ZT0101", "DEP", at.AddHours(2)), Event("b2", "ZT0102", "ARR", at.AddHours(2)) with { HubId = 999 }], at.AddHours(2)));
            var third = writer.Apply([Event("a3", "ZT0101", "DEP", at.AddHours(2)), Event("a2", "ZT0101", "ARR", at.AddHours(1))], at.AddHours(2));

            Assert.Equal([EventOutcome.Accepted, EventOutcome.Accepted, EventOutcome.Duplicate], first);
            Assert.Equal([EventOutcome.Duplicate, EventOutcome.Accepted], second);
            Assert.Equal([EventOutcome.Accepted, EventOutcome.Duplicate], third);
        }

        // A writer started later knows nothing of the parcels' scans but what is stored.
        using (var restarted = Database.NewWriter())
        {
            Assert.Equal([EventOutcome.Duplicate], restarted.Apply([Event("a3", "ZT0101", "DEP", at.AddHours(2))], at.AddHours(3)));
        }

        await using var db = NewContext();
        Assert.Equal(4, await db.TrackingEvents.CountAsync(ct));
        Assert.Equal(4, await db.HourlyRollups.SumAsync(r => r.Events, ct));
    }

    [Fact]
    public async Task Scans_of_one_parcel_at_the_same_moment_keep_the_order_they_came_in_between_other_parcels_scans()
    {
        var at = Created.AddHours(1);
        using (var writer = Database.NewWriter())
        {
            writer.Register([NewParcel("ZT0201"), NewParcel("ZT0202")]);
            writer.Apply([Event("x2", "ZT0202", "GOT", at), Event("y1", "ZT0201", "GOT", at), Event("x1", "ZT0202", "ARR", at),
                Event("y0", "ZT0201", "ARR", at), Event("x0", "ZT0202", "DEP", at)], at);
        }

        await using var db = NewContext();
        var stored = await db.TrackingEvents.OrderBy(e => e.Id).Select(e => new { e.ParcelId, e.CarrierEventId })
            .ToListAsync(TestContext.Current.CancellationToken);
        // The parcel page breaks ties of time by id: each parcel's scans in the order they came.
        Assert.Equal(["x2", "x1", "x0"], stored.Where(e => e.ParcelId == stored.Single(s => s.CarrierEventId == "x2").ParcelId).Select(e => e.CarrierEventId));
        Assert.Equal(["y1", "y0"], stored.Where(e => e.ParcelId == stored.Single(s => s.CarrierEventId == "y1").ParcelId).Select(e => e.CarrierEventId));
    }

    [Fact]
    public async Task In_flight_parcels_count_in_the_hour_of_their_last_scan_and_an_hour_none_is_left_in_keeps_no_row()
    {
        using var writer = Database.NewWriter();
        writer.Apply([Event("e1", "ZT0001", "GOT", Created.AddHours(1)), Event("e2", "ZT0002", "GOT", Created.AddHours(1.5))], Created.AddHours(2));
        writer.Apply([Event("e3", "ZT0001", "ARRIVAL", Created.AddHours(5))], Created.AddHours(5));
        var afterOneMoved = await LastScanCellsAsync(Database);

        writer.Apply([Event("e4", "ZT0002", "ARRIVAL", Created.AddHours(5.5)), Event("e5", "ZT0001", "SIGN", Created.AddHours(9))], Created.AddHours(9));

        var hour = RollupDelta.HourOf(Created);
        Assert.Equal([$"{NextDay}/{hour + 1}/{Zto}/{EastToEast}/False:1", $"{NextDay}/{hour + 5}/{Zto}/{EastToEast}/False:1"], afterOneMoved);
        // ZT0001 delivered (no longer in flight), ZT0002 moved on: the hour both were scanned in last holds no row, not a zero.
        Assert.Equal([$"{NextDay}/{hour + 5}/{Zto}/{EastToEast}/False:1"], await LastScanCellsAsync(Database));
        Assert.Equal(await LastScanCellsFromParcelsAsync(Database), await LastScanCellsAsync(Database));
    }

    private static async Task<List<string>> LastScanCellsAsync(MigratedDatabase database)
    {
        await using var db = database.NewContext();
        return await LastScanCells.ReadAsync(db, TestContext.Current.CancellationToken);
    }

    /// <summary>The same cells counted straight from the stored parcels: in flight, by the hour of their last scan.</summary>
    private static async Task<List<string>> LastScanCellsFromParcelsAsync(MigratedDatabase database)
    {
        await using var db = database.NewContext();
        var parcels = await db.Parcels.AsNoTracking().Where(p => p.LastEventUtc != null).ToListAsync(TestContext.Current.CancellationToken);
        return [.. parcels.Where(p => p.Status.IsInFlight())
            .GroupBy(p => (p.ServiceLevelId, Hour: RollupDelta.HourOf(p.LastEventUtc!.Value), p.CarrierId, p.LaneId, Simulated: SimulatedParcels.IsSimulated(p.TrackingNumber)))
            .Select(g => LastScanCells.Text(g.Key.ServiceLevelId, g.Key.Hour, g.Key.CarrierId, g.Key.LaneId, g.Key.Simulated, g.Count()))
            .Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> ParcelRowsAsync(MigratedDatabase database)
    {
        await using var db = database.NewContext();
        var rows = await db.Parcels.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        return [.. rows.OrderBy(p => p.TrackingNumber, StringComparer.Ordinal).Select(p => ParcelRow(new ParcelState
        {
            CarrierId = p.CarrierId, Status = p.Status, SubStatus = p.SubStatus, LastEventUtc = p.LastEventUtc, LastHubId = p.LastHubId,
            PickedUpUtc = p.PickedUpUtc, FirstAttemptUtc = p.FirstAttemptUtc, DeliveredUtc = p.DeliveredUtc, FirstExceptionUtc = p.FirstExceptionUtc,
            AttemptCount = p.AttemptCount, DeliveryHubId = p.DeliveryHubId, Lateness = p.Lateness, OriginHubId = p.OriginHubId,
        }))];
    }

    /// <summary>The fields the writer saves after scans, as text (times to the tick, whatever their kind).</summary>
    private static string ParcelRow(ParcelState p) => string.Join('|', p.CarrierId, p.Status, p.SubStatus, p.LastEventUtc?.Ticks,
        p.LastHubId, p.PickedUpUtc?.Ticks, p.FirstAttemptUtc?.Ticks, p.DeliveredUtc?.Ticks, p.FirstExceptionUtc?.Ticks, p.AttemptCount,
        p.DeliveryHubId, p.Lateness, p.OriginHubId);

    private static ParcelState RegisteredState(ParcelRegistration p) => new()
    {
        CarrierId = p.CarrierId, BookedCarrierId = p.CarrierId, LaneId = p.LaneId, ServiceLevelId = p.ServiceLevelId,
        ChannelId = p.ChannelId, CreatedUtc = p.CreatedUtc, PromisedUtc = p.PromisedUtc,
    };

    [Fact]
    public async Task Times_finer_than_the_store_keeps_still_make_a_resent_registration_a_duplicate()
    {
        using var writer = Database.NewWriter();
        // Seven fractional digits, as .NET senders write them; PostgreSQL keeps six.
        var created = Created.AddTicks(1_234_567);
        var parcel = NewParcel("ZT0009") with { CreatedUtc = created, PromisedUtc = created.AddDays(2) };

        var first = writer.ApplyBatch(new IngestBatch([parcel], [], []), Created.AddHours(1));
        var again = writer.ApplyBatch(new IngestBatch([parcel], [], []), Created.AddHours(2));
        writer.Apply([Event("e9", "ZT0009", "GOT", created)], Created.AddHours(3));

        Assert.Equal(RegistrationOutcome.Registered, first.Registrations[0].Outcome);
        Assert.Equal(RegistrationOutcome.Duplicate, again.Registrations[0].Outcome);
        await using var db = NewContext();
        var stored = await db.Parcels.SingleAsync(p => p.TrackingNumber == "ZT0009", TestContext.Current.CancellationToken);
        // PostgreSQL keeps the microsecond; SQLite the tick, as its databases always have.
        Assert.Equal(Database.Provider == DatabaseProvider.Postgres ? Created.AddTicks(1_234_560) : created, stored.CreatedUtc);
        Assert.Equal(stored.CreatedUtc, stored.PickedUpUtc);
    }

    private static CarrierEvent Event(string id, string trackingNumber, string code, DateTime at)
    {
        CarrierStatusCodes.TryNormalise(code, out var status, out var sub);
        return new CarrierEvent(Zto, id, trackingNumber, status, sub, code, code, Hangzhou, at);
    }

    private static ParcelRegistration NewParcel(string trackingNumber) => new(
        trackingNumber, Zto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36),
        "Li Wei", "+86 138 0000 0000", "1 Wensan Road, Hangzhou");

    private CainiaoDbContext NewContext() => Database.NewContext();
}
