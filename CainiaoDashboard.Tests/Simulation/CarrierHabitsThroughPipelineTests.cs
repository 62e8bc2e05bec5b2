using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Simulation;

/// <summary>
/// The simulator's traffic with its carriers' habits, through the real pipeline into a SQLite file or a PostgreSQL
/// database: its rollups equal those of the same traffic sent once in order, and those recomputed from what is stored.
/// </summary>
public abstract class CarrierHabitsThroughPipelineTests(DatabaseProvider provider) : MigratedDatabaseTests("habits.db", provider)
{
    public sealed class OnSqlite() : CarrierHabitsThroughPipelineTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : CarrierHabitsThroughPipelineTests(DatabaseProvider.Postgres);

    private static readonly DateTime Until = new(2026, 11, 20, 7, 30, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Window = TimeSpan.FromDays(4);

    private async Task<SimulatedLoad> LoadAsync(MigratedDatabase database, bool carrierHabits, CancellationToken ct)
    {
        using var pipeline = database.NewPipeline();
        await pipeline.StartAsync(ct);
        var load = await SimulatedTraffic.LoadAsync(pipeline, Until, Window, 1500, ct, carrierHabits);
        await pipeline.StopAsync(ct);
        return load;
    }

    [Fact]
    public async Task Stores_each_event_once_refuses_re_sends_as_duplicates_and_keeps_rollups_as_if_sent_once_in_order()
    {
        var ct = TestContext.Current.CancellationToken;
        using var inOrder = await MigratedDatabase.CreateAsync("in-order.db", Database.Provider);

        var load = await LoadAsync(Database, carrierHabits: true, ct);
        var onceInOrder = await LoadAsync(inOrder, carrierHabits: false, ct);

        var distinct = load.Generated.Count;
        Assert.True(distinct > 30_000, $"only {distinct} events");
        Assert.Equal(distinct, load.Count(EventOutcome.Accepted));
        Assert.Equal(load.Outcomes.Count - distinct, load.Count(EventOutcome.Duplicate));
        Assert.InRange(load.Count(EventOutcome.Duplicate) / (double)distinct, 0.025, 0.035);
        Assert.Equal((distinct, 0), (onceInOrder.Count(EventOutcome.Accepted), onceInOrder.Count(EventOutcome.Duplicate)));

        await using (var db = Database.NewContext())
        {
            var stored = await db.TrackingEvents.Select(e => e.CarrierId + "/" + e.CarrierEventId).ToListAsync(ct);
            Assert.Equal(load.Generated.Select(e => e.CarrierId + "/" + e.CarrierEventId).Order(), stored.Order());
            Assert.Equal(distinct, await db.HourlyRollups.SumAsync(r => r.Events, ct));
        }

        var counted = await RollupAudit.FingerprintAsync(Database.Store, ct);
        Assert.Equal(await RollupAudit.FingerprintAsync(inOrder.Store, ct), counted);
        Assert.Equal(await RollupAudit.RecomputedFingerprintAsync(Database.Store, Database.FolderPath, ct), counted);
    }
}
