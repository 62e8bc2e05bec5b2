using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Simulation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

/// <summary>
/// Upgrading a database that holds real and simulated parcels: the migration leaves every rollup row on the simulated
/// side, and the split moves the real parcels' share back to exactly what the writer keeps apart today.
/// </summary>
public sealed class SimulatedCountsSplitTests() : MigratedDatabaseTests("split.db")
{
    private static readonly DateTime Until = new(2026, 11, 20, 7, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task An_upgraded_database_holding_both_gets_the_counts_the_writer_keeps_apart_and_the_split_runs_once()
    {
        var ct = TestContext.Current.CancellationToken;
        // Overlapping days, so that real and simulated parcels count in the same cells.
        await LoadAsync(simulatedDays: 3, realDays: 2, ct);
        var keptApart = await RollupAudit.FingerprintAsync(Database.ConnectionString, ct);
        int realParcels;
        await using (var db = Database.NewContext())
        {
            realParcels = await db.Parcels.CountAsync(p => !p.TrackingNumber.StartsWith(SimulatedParcels.Prefix), ct);
            Assert.InRange(realParcels, 100, await db.Parcels.CountAsync(ct) - 100);
        }

        await using var connection = await OpenAsync(ct);
        MoveEveryRowToTheSimulatedSide(connection);
        Assert.NotEqual(keptApart, await RollupAudit.FingerprintAsync(Database.ConnectionString, ct));
        Assert.True(SimulatedCountsSplit.IsPending(connection));

        Assert.Equal(realParcels, SimulatedCountsSplit.RunIfPending(connection));

        Assert.Equal(keptApart, await RollupAudit.FingerprintAsync(Database.ConnectionString, ct));
        Assert.False(SimulatedCountsSplit.IsPending(connection));
        Assert.Equal(0, SimulatedCountsSplit.RunIfPending(connection));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(0, 2)]
    [InlineData(0, 0)]
    public async Task A_database_holding_one_kind_of_parcel_or_none_has_nothing_to_split(int simulatedDays, int realDays)
    {
        var ct = TestContext.Current.CancellationToken;
        await LoadAsync(simulatedDays, realDays, ct);
        var before = await RollupAudit.FingerprintAsync(Database.ConnectionString, ct);
        await using var connection = await OpenAsync(ct);

        Assert.False(SimulatedCountsSplit.IsPending(connection));
        Assert.Equal(0, SimulatedCountsSplit.RunIfPending(connection));
        Assert.Equal(before, await RollupAudit.FingerprintAsync(Database.ConnectionString, ct));
    }

    /// <summary>
    /// The simulator's traffic, and days of it with its numbers stripped of the prefix (real parcels), and complaints on
    /// parcels of each kind, one of each then marked invalid.
    /// </summary>
    private async Task LoadAsync(int simulatedDays, int realDays, CancellationToken ct)
    {
        using var pipeline = Database.NewPipeline();
        await pipeline.StartAsync(ct);
        if (simulatedDays > 0) await SimulatedTraffic.LoadAsync(pipeline, Until.AddDays(-1), TimeSpan.FromDays(simulatedDays), 300, ct);
        if (realDays > 0) await LoadRealAsync(pipeline, TimeSpan.FromDays(realDays), ct);

        await using (var db = Database.NewContext())
        {
            var numbers = await db.Parcels.Where(p => p.Status != ParcelStatus.Pending).OrderBy(p => p.Id).Select(p => p.TrackingNumber).ToListAsync(ct);
            var complained = numbers.Where(SimulatedParcels.IsSimulated).Take(4).Concat(numbers.Where(n => !SimulatedParcels.IsSimulated(n)).Take(4));
            await pipeline.SubmitAsync(new IngestBatch([], [], [.. complained.Select(n =>
                new ComplaintFiling(n, ComplaintCategory.LateDelivery, ContactChannel.Phone, "Where is it?", Until.AddHours(-5), "support"))]), ct);

            var firstOfEachKind = await db.Complaints
                .Join(db.Parcels, c => c.ParcelId, p => p.Id, (c, p) => new { c.Id, Simulated = p.TrackingNumber.StartsWith(SimulatedParcels.Prefix) })
                .GroupBy(c => c.Simulated).Select(g => g.Min(c => c.Id)).ToListAsync(ct);
            var invalid = firstOfEachKind.Select(id => new ComplaintUpdate(id, ComplaintState.Resolved, false, Until, "support")).ToList();
            await pipeline.SubmitAsync(IngestBatch.Empty with { ComplaintUpdates = invalid }, ct);
        }

        await pipeline.StopAsync(ct);
    }

    private static async Task LoadRealAsync(IngestPipeline pipeline, TimeSpan window, CancellationToken ct)
    {
        var options = new SimulatorOptions { ParcelsPerDay = 300, Seed = 8 };
        var engine = new TrafficEngine(options, new SimulatorScenarios());
        engine.StartAt(Until - window);
        while (engine.ClockUtc < Until)
        {
            var batch = engine.AdvanceTo(engine.ClockUtc.AddHours(6) < Until ? engine.ClockUtc.AddHours(6) : Until);
            await pipeline.SubmitAsync(new IngestBatch(
                [.. batch.Parcels.Select(p => p with { TrackingNumber = AsReal(p.TrackingNumber) })],
                [.. batch.Events.Select(e => e with
                {
                    TrackingNumber = AsReal(e.TrackingNumber), CarrierEventId = AsReal(e.CarrierEventId),
                    Handover = e.Handover is { } h ? h with { TrackingNumber = AsReal(h.TrackingNumber) } : null,
                })],
                [.. batch.Complaints.Select(c => c with { TrackingNumber = AsReal(c.TrackingNumber), IdempotencyKey = c.IdempotencyKey is { } key ? AsReal(key) : null })]), ct);
        }
    }

    private static string AsReal(string simulated) => simulated[SimulatedParcels.Prefix.Length..];

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(Database.ConnectionString);
        await connection.OpenAsync(ct);
        SqliteConnectionPragmas.Apply(connection);
        return connection;
    }

    /// <summary>What migration <c>SimulatedCountsApart</c> leaves in a database holding both kinds of parcel.</summary>
    private static void MoveEveryRowToTheSimulatedSide(SqliteConnection connection)
    {
        foreach (var (table, keys, counters) in new[]
        {
            ("HourlyRollups", "BucketHour, CarrierId, LaneId, ServiceLevelId, HubId",
                "Events, HubDepartures, Created, PickedUp, FirstAttempts, OnTimeFirstAttempts, FirstAttemptDelivered, Delivered, ExceptionParcels, Complaints, "
                + "LateDeliveredShipper, LateDeliveredCourier, LateDeliveredPartner, LateDeliveredCustoms, LateDeliveredRecipient, LateDeliveredWeather, "
                + "OwnFaultLateFirstAttempts"),
            ("TransitHistograms", "BucketDay, CarrierId, LaneId, ServiceLevelId, TransitBucket", "Parcels"),
            ("StatusCounts", "CarrierId, LaneId, ServiceLevelId, HubId, Status, SubStatus", "Parcels"),
            ("DailyVolumes", "Day, CarrierId, ChannelId, ServiceLevelId, RegionId", "Created, FirstAttempts, OnTimeFirstAttempts, Complaints, LateFirstAttemptsShipper, "
                + "LateFirstAttemptsCourier, LateFirstAttemptsPartner, LateFirstAttemptsCustoms, LateFirstAttemptsRecipient, LateFirstAttemptsWeather"),
            ("DailyFlows", "Day, LaneId, HubId, HandoverCarrierId", "Parcels, FirstAttempts, OnTimeFirstAttempts, Delivered"),
            ("FlowTransitHistograms", "Day, LaneId, HubId, HandoverCarrierId, TransitBucket", "Parcels"),
        })
        {
            var sums = string.Join(", ", counters.Split(", ").Select(c => $"SUM({c})"));
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                CREATE TEMP TABLE merged AS SELECT {keys}, {sums} FROM {table} GROUP BY {keys};
                DELETE FROM {table};
                INSERT INTO {table} ({keys}, {counters}, Simulated) SELECT *, 1 FROM merged;
                DROP TABLE merged;
                """;
            command.ExecuteNonQuery();
        }
    }
}
