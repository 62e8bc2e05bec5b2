using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CainiaoDashboard.Tests.Data.Migrations;

/// <summary>Upgrading rollups that counted every parcel together to rollups that keep the simulator's apart, and back.</summary>
public sealed class SimulatedCountsApartTests : IDisposable
{
    private const string Before = "20261204151622_SimulatedNumbersMarked";
    private readonly TempDirectory directory = new();

    [Theory]
    [InlineData(new[] { "SIM-ZT729891520001" }, true, false)]
    [InlineData(new[] { "ZT4400000000001" }, false, false)]
    [InlineData(new[] { "SIM-ZT729891520001", "ZT4400000000001" }, true, true)]
    public async Task Rows_move_to_the_simulated_side_where_the_database_holds_simulated_parcels_and_a_split_is_due_where_it_holds_both(
        string[] numbers, bool simulatedSide, bool splitDue)
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await OlderDatabase.CreateAsync(directory.File("old.db"), Before,
            OlderDatabase.Parcels([.. numbers.Select((n, i) => ((long)i + 1, n))]) + $"""
                INSERT INTO StatusCounts (CarrierId, LaneId, ServiceLevelId, HubId, Status, SubStatus, Parcels)
                VALUES ({Zto}, {EastToEast}, {NextDay}, 0, 0, 0, {numbers.Length});
                INSERT INTO HourlyRollups (BucketHour, CarrierId, LaneId, ServiceLevelId, HubId, Events, HubDepartures, Created, PickedUp,
                    FirstAttempts, OnTimeFirstAttempts, FirstAttemptDelivered, Delivered, ExceptionParcels, Complaints)
                VALUES (494256, {Zto}, {EastToEast}, {NextDay}, 0, 0, 0, {numbers.Length}, 0, 0, 0, 0, 0, 0, 0);
                """, ct);

        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            await db.Database.MigrateAsync(ct);
            Assert.Equal([(simulatedSide, (long)numbers.Length)], (await db.StatusCounts.ToListAsync(ct)).Select(r => (r.Simulated, r.Parcels)));
            Assert.Equal([(simulatedSide, (long)numbers.Length)], (await db.HourlyRollups.ToListAsync(ct)).Select(r => (r.Simulated, r.Created)));
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        Assert.Equal(splitDue, SimulatedCountsSplit.IsPending(connection));
    }

    [Fact]
    public async Task Going_back_adds_the_simulated_counts_into_the_real_ones()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = $"Data Source={directory.File("new.db")}";
        await using var db = SqliteOptions.CreateContext(connectionString);
        await db.Database.MigrateAsync(ct);
        db.DailyFlows.AddRange(
            new DailyFlow { Day = 20412, LaneId = EastToEast, HubId = Hangzhou, Simulated = false, Parcels = 3, Delivered = 1 },
            new DailyFlow { Day = 20412, LaneId = EastToEast, HubId = Hangzhou, Simulated = true, Parcels = 5, Delivered = 2 },
            new DailyFlow { Day = 20413, LaneId = EastToEast, HubId = Hangzhou, Simulated = true, Parcels = 7, Delivered = 0 });
        await db.SaveChangesAsync(ct);

        await db.GetService<IMigrator>().MigrateAsync(Before, ct);

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT Day, Parcels, Delivered FROM DailyFlows ORDER BY Day";
        var rows = new List<(long, long, long)>();
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        }

        Assert.Equal([(20412L, 8L, 3L), (20413L, 7L, 0L)], rows);
    }

    public void Dispose() => directory.Dispose();
}
