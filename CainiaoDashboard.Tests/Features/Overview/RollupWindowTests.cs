using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Simulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Features.Overview;

/// <summary>
/// The live notifier's cached window must always equal a full read of the rollups: as simulated traffic is
/// committed, as the window slides over days, and when a late event lands in an old hour.
/// </summary>
public abstract class RollupWindowTests(DatabaseProvider provider) : MigratedDatabaseTests("window.db", provider)
{
    public sealed class OnSqlite() : RollupWindowTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : RollupWindowTests(DatabaseProvider.Postgres);

    private static readonly DateTime Start = new(2026, 11, 16, 16, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Equals_a_full_read_after_every_commit_while_the_window_slides(bool routesListed)
    {
        var ct = TestContext.Current.CancellationToken;
        var query = NewQuery();
        var window = new RollupWindow(query);
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = 3000, Seed = 7 }, new SimulatorScenarios());
        engine.StartAt(Start);
        using var writer = Database.NewWriter();

        var compared = 0;
        // Ten-hour steps over four days: hours and transit days leave the window while new ones fill it.
        for (var step = 0; step < 10; step++)
        {
            var batch = engine.AdvanceTo(engine.ClockUtc.AddHours(10));
            var result = writer.ApplyBatch(batch.ToIngestBatch(), engine.ClockUtc);
            // Another instance's commit announces only its days (CommitMessage): those are read whole.
            window.Invalidate(routesListed ? result.Touched : result.Touched with { TransitRoutes = null });
            if (step % 3 == 0) continue; // several commits between two refreshes, as under load

            var full = await query.ReadAsync(engine.ClockUtc, ct);
            Assert.NotEmpty(full.Hours.SelectMany(b => b.HubCells));
            AssertSame(full, await window.RefreshAsync(engine.ClockUtc, ct));
            compared++;
        }

        Assert.Equal(6, compared);
    }

    [Fact]
    public async Task Rereads_an_old_hour_that_a_late_event_changed()
    {
        var ct = TestContext.Current.CancellationToken;
        var query = NewQuery();
        var window = new RollupWindow(query);
        using var writer = Database.NewWriter();
        var now = Start.AddHours(30);
        writer.Register([EastToEastByZto("ZTLATE000001", NextDay, promisedAfterHours: 36)]);
        var before = await window.RefreshAsync(now, ct);

        // A scan from 29 hours ago arrives only now.
        var late = new CarrierEvent(Zto, "late-1", "ZTLATE000001", ParcelStatus.PickedUp, ParcelSubStatus.None, "GOT", "揽收", Hangzhou, Start.AddHours(1));
        var result = writer.ApplyBatch(new IngestBatch([], [late], []), now);
        window.Invalidate(result.Touched);

        var after = await window.RefreshAsync(now, ct);
        Assert.Contains(OperationsCalendar.HourOf(late.EventUtc), result.Touched.Hours);
        Assert.Equal(before.Hours.SelectMany(b => b.Cells).Sum(h => h.PickedUp) + 1, after.Hours.SelectMany(b => b.Cells).Sum(h => h.PickedUp));
        AssertSame(await query.ReadAsync(now, ct), after);
    }

    [Fact]
    public async Task Rereads_only_the_routes_a_delivery_changed_and_keeps_the_other_routes_of_its_day()
    {
        var ct = TestContext.Current.CancellationToken;
        var query = NewQuery();
        var window = new RollupWindow(query);
        using var writer = Database.NewWriter();
        var now = Start.AddHours(30);
        writer.Register([EastToEastByZto("ZTROUTE00001", NextDay, promisedAfterHours: 36), EastToEastByZto("ZTROUTE00002", Standard, promisedAfterHours: 72)]);
        var first = writer.ApplyBatch(new IngestBatch([], PickedUpAndDelivered("ZTROUTE00001", now.AddHours(-2)), []), now);
        await window.RefreshAsync(now, ct);

        var second = writer.ApplyBatch(new IngestBatch([], PickedUpAndDelivered("ZTROUTE00002", now.AddHours(-1)), []), now);
        window.Invalidate(second.Touched);
        var after = await window.RefreshAsync(now, ct);

        var day = RollupDelta.DayOf(now.AddHours(-1));
        Assert.Equal([new TransitRoute(day, Zto, EastToEast, Standard)], second.Touched.TransitRoutes!);
        Assert.Equal([new TransitRoute(day, Zto, EastToEast, NextDay)], first.Touched.TransitRoutes!);
        Assert.Equal([NextDay, Standard], after.Transit.Select(c => c.ServiceLevelId).Order());
        AssertSame(await query.ReadAsync(now, ct), after);
    }

    private OperationsSnapshotQuery NewQuery() => new(Database.Contexts, Options.Create(new KpiOptions()));

    private static ParcelRegistration EastToEastByZto(string trackingNumber, int serviceLevelId, int promisedAfterHours) =>
        new(trackingNumber, Zto, EastToEast, serviceLevelId, Tmall, Start, Start.AddHours(promisedAfterHours), "n", "p", "a");

    /// <summary>A parcel's scans from pick-up to delivery: its transit time lands in the histogram of the delivery's day.</summary>
    private static CarrierEvent[] PickedUpAndDelivered(string trackingNumber, DateTime deliveredUtc) =>
    [
        new(Zto, $"{trackingNumber}-got", trackingNumber, ParcelStatus.PickedUp, ParcelSubStatus.None, "GOT", "揽收", Hangzhou, Start.AddHours(1)),
        new(Zto, $"{trackingNumber}-signed", trackingNumber, ParcelStatus.Delivered, ParcelSubStatus.None, "SIGN", "签收", Hangzhou, deliveredUtc),
    ];

    private static void AssertSame(RollupReadout full, RollupReadout cached)
    {
        Assert.NotEmpty(full.Hours);
        Assert.Equal(full.Hours.Select(b => b.Hour), cached.Hours.Select(b => b.Hour));
        Assert.All(cached.Hours, b => Assert.All(b.Cells, c => Assert.Equal(b.Hour, c.Hour)));
        Assert.Equal(Sorted(full.Hours.SelectMany(b => b.Cells)), Sorted(cached.Hours.SelectMany(b => b.Cells)));
        Assert.Equal(Sorted(full.Hours.SelectMany(b => b.HubCells)), Sorted(cached.Hours.SelectMany(b => b.HubCells)));
        Assert.Equal(Sorted(full.Transit), Sorted(cached.Transit));
        Assert.Equal(Sorted(full.Statuses), Sorted(cached.Statuses));
        Assert.Equal(Sorted(full.OpenParcels), Sorted(cached.OpenParcels));
    }

    // Record structs print every field: a stable order for comparing the readouts as multisets.
    private static List<string> Sorted<T>(IEnumerable<T> cells) => cells.Select(c => c!.ToString()!).Order(StringComparer.Ordinal).ToList();
}
