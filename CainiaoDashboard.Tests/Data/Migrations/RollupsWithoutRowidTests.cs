using CainiaoDashboard.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CainiaoDashboard.Tests.Data.Migrations;

/// <summary>Upgrading a database whose rollup tables were rowid tables with a separate key index.</summary>
public sealed class RollupsWithoutRowidTests : IDisposable
{
    private const string Before = "20261205051603_LastScanCounts";

    private static readonly string[] RollupTables =
        ["HourlyRollups", "TransitHistograms", "StatusCounts", "LastScanCounts", "DailyVolumes", "DailyFlows", "FlowTransitHistograms"];

    private readonly TempDirectory directory = new();

    [Fact]
    public async Task Every_rollup_table_is_stored_in_its_key_order_with_its_rows_and_going_back_keeps_them_too()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await OlderDatabase.CreateAsync(directory.File("old.db"), Before, """
            INSERT INTO HourlyRollups (BucketHour, CarrierId, LaneId, ServiceLevelId, HubId, Simulated, Complaints, Created, Delivered, Events,
                ExceptionParcels, FirstAttemptDelivered, FirstAttempts, HubDepartures, OnTimeFirstAttempts, PickedUp, LateDeliveredCourier)
            VALUES (491000, 1, 2, 1, 3, 0, 1, 20, 7, 90, 2, 6, 7, 11, 5, 18, 1), (490999, 1, 2, 1, 3, 1, 0, 4, 0, 9, 0, 0, 0, 1, 0, 4, 0);
            INSERT INTO TransitHistograms (BucketDay, CarrierId, LaneId, ServiceLevelId, TransitBucket, Simulated, Parcels) VALUES (20450, 1, 2, 1, 3, 0, 12);
            INSERT INTO StatusCounts (CarrierId, LaneId, ServiceLevelId, HubId, Status, SubStatus, Simulated, Parcels) VALUES (1, 2, 1, 3, 30, 1, 0, 8);
            INSERT INTO LastScanCounts (ServiceLevelId, BucketHour, CarrierId, LaneId, Simulated, Parcels) VALUES (1, 491000, 1, 2, 0, 5);
            INSERT INTO DailyVolumes (Day, CarrierId, ChannelId, ServiceLevelId, RegionId, Simulated, Complaints, Created, FirstAttempts, OnTimeFirstAttempts)
            VALUES (20450, 1, 1, 1, 2, 0, 1, 300, 280, 260);
            INSERT INTO DailyFlows (Day, LaneId, HubId, HandoverCarrierId, Simulated, Delivered, FirstAttempts, OnTimeFirstAttempts, Parcels)
            VALUES (20450, 2, 3, 0, 0, 250, 280, 260, 300);
            INSERT INTO FlowTransitHistograms (Day, LaneId, HubId, HandoverCarrierId, TransitBucket, Simulated, Parcels) VALUES (20450, 2, 3, 0, 4, 0, 9);
            """, ct);
        var rowsBefore = await RowsAsync(connectionString, ct);

        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            await db.Database.MigrateAsync(ct);
        }

        Assert.All(await TableSqlAsync(connectionString, ct), sql => Assert.EndsWith("WITHOUT ROWID", sql));
        Assert.Equal(rowsBefore, await RowsAsync(connectionString, ct));
        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            // The writer's upsert adds to a row the rebuild kept.
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO TransitHistograms (BucketDay, CarrierId, LaneId, ServiceLevelId, TransitBucket, Simulated, Parcels) VALUES (20450, 1, 2, 1, 3, 0, 1)
                ON CONFLICT (BucketDay, CarrierId, LaneId, ServiceLevelId, TransitBucket, Simulated) DO UPDATE SET Parcels = Parcels + 1
                """, ct);
            Assert.Equal(13, await db.Database.SqlQueryRaw<long>("SELECT Parcels AS Value FROM TransitHistograms").SingleAsync(ct));
            await db.Database.ExecuteSqlRawAsync("UPDATE TransitHistograms SET Parcels = 12", ct);

            await db.GetService<IMigrator>().MigrateAsync(Before, cancellationToken: ct);
        }

        Assert.All(await TableSqlAsync(connectionString, ct), sql => Assert.DoesNotContain("WITHOUT ROWID", sql));
        Assert.Equal(rowsBefore, await RowsAsync(connectionString, ct));
    }

    private static async Task<List<string>> TableSqlAsync(string connectionString, CancellationToken ct)
    {
        await using var db = SqliteOptions.CreateContext(connectionString);
        var tables = await db.Database.SqlQueryRaw<string>(
            $"SELECT sql AS Value FROM sqlite_master WHERE type = 'table' AND name IN ({string.Join(", ", RollupTables.Select(t => $"'{t}'"))})")
            .ToListAsync(ct);
        Assert.Equal(RollupTables.Length, tables.Count);
        return tables;
    }

    /// <summary>Every rollup table's rows, all columns, in key order.</summary>
    private static async Task<List<string>> RowsAsync(string connectionString, CancellationToken ct)
    {
        var rows = new List<string>();
        await using var db = SqliteOptions.CreateContext(connectionString);
        await db.Database.OpenConnectionAsync(ct);
        foreach (var table in RollupTables)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2, 3, 4, 5";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(table + ": " + string.Join(",", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={reader.GetValue(i)}")));
            }
        }

        return rows;
    }

    public void Dispose() => directory.Dispose();
}
