using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Data.Migrations;

/// <summary>Upgrading a database whose stalled counts came from an index of in-flight parcels by last scan.</summary>
public sealed class LastScanCountsTests : IDisposable
{
    private readonly TempDirectory directory = new();

    // 2026-11-01 00:00 UTC is hour 498,192 since the Unix epoch.
    private const long Nov1 = 498_192;

    [Fact]
    public async Task In_flight_parcels_are_counted_by_the_hour_of_their_last_scan_and_the_writer_goes_on_from_there()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await OlderDatabase.CreateAsync(directory.File("old.db"), "20261204201600_LatenessCountedAgainst",
            OlderDatabase.Parcels((1, "ZT700000000001"), (2, "SIM-ZT729891520002"), (3, "ZT700000000003"), (4, "ZT700000000004"),
                (5, "ZT700000000005"), (6, "sim-ZT729891520006")) + """
                UPDATE Parcels SET Status = 30, SubStatus = 1, LastEventUtc = '2026-11-01 05:30:00' WHERE Id = 1;
                UPDATE Parcels SET Status = 30, SubStatus = 2, LastEventUtc = '2026-11-01 05:10:00.1234567' WHERE Id = 2;
                UPDATE Parcels SET Status = 90, SubStatus = 40, LastEventUtc = '2026-11-01 05:20:00' WHERE Id = 3;
                UPDATE Parcels SET Status = 55, SubStatus = 60, LastEventUtc = '2026-11-01 07:00:00' WHERE Id = 5;
                UPDATE Parcels SET Status = 20, SubStatus = 0, LastEventUtc = '2026-11-01 05:59:59.9999999' WHERE Id = 6;
                """, ct);

        await using (var db = SqliteOptions.CreateContext(connectionString)) await db.Database.MigrateAsync(ct);

        // In transit, picked up and in exception count; delivered (3) and never scanned (4) do not; the simulator's apart.
        Assert.Equal([Cell(Nov1 + 5, false, 1), Cell(Nov1 + 5, true, 2), Cell(Nov1 + 7, false, 1)], await CellsAsync(connectionString));
        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            var indexes = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Parcels'").ToListAsync(ct);
            Assert.DoesNotContain("IX_Parcels_InFlight_LastEvent", indexes);
        }

        using (var writer = new IngestWriter(new StoreConnection(DatabaseProvider.Sqlite, connectionString)))
        {
            CarrierStatusCodes.TryNormalise("SIGN", out var delivered, out var signed);
            writer.Apply([new CarrierEvent(Zto, "zto-1", "ZT700000000001", delivered, signed, "SIGN", "Signed", Hangzhou, new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc))],
                new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc));
        }

        Assert.Equal([Cell(Nov1 + 5, true, 2), Cell(Nov1 + 7, false, 1)], await CellsAsync(connectionString));
    }

    private static string Cell(long hour, bool simulated, long parcels) => LastScanCells.Text(NextDay, hour, Zto, EastToEast, simulated, parcels);

    private static async Task<List<string>> CellsAsync(string connectionString)
    {
        await using var db = SqliteOptions.CreateContext(connectionString);
        return await LastScanCells.ReadAsync(db, TestContext.Current.CancellationToken);
    }

    public void Dispose() => directory.Dispose();
}
