using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Data.Migrations;

/// <summary>Upgrading a database whose parcels and events took their ids from SQLite's AUTOINCREMENT.</summary>
public sealed class PlainRowidKeysTests : IDisposable
{
    private static readonly DateTime Created = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task Parcels_and_events_keep_their_ids_and_new_ones_follow_the_largest()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await OlderDatabase.CreateAsync(directory.File("old.db"), "20261203171721_ReferenceIdsCheckedByWriter",
            OlderDatabase.Parcels((1, "ZT1"), (7, "ZT7")) + $"""
                INSERT INTO TrackingEvents (Id, ParcelId, CarrierId, CarrierEventId, Status, SubStatus, RawCode, RawText, HubId, EventUtc, ReceivedUtc)
                VALUES (40, 7, {Zto}, 'scan-1', 10, 0, 'GOT', 'Picked up', {Hangzhou}, '2026-11-01 02:00:00', '2026-11-01 02:00:05');
                """, ct);

        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            await db.Database.MigrateAsync(ct);
            var tables = await db.Database.SqlQueryRaw<string>(
                "SELECT sql AS Value FROM sqlite_master WHERE type = 'table' AND name IN ('Parcels', 'TrackingEvents')").ToListAsync(ct);
            Assert.Equal(2, tables.Count);
            Assert.All(tables, sql => Assert.DoesNotContain("AUTOINCREMENT", sql, StringComparison.OrdinalIgnoreCase));
            var kept = await db.TrackingEvents.SingleAsync(ct);
            Assert.Equal((40L, 7L, "scan-1"), (kept.Id, kept.ParcelId, kept.CarrierEventId));
        }

        using (var writer = new IngestWriter(connectionString))
        {
            writer.Register([new ParcelRegistration("ZT8", Zto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36),
                "Li Wei", "+86 138 0000 0000", "1 Wensan Road, Hangzhou")]);
            CarrierStatusCodes.TryNormalise("GOT", out var status, out var sub);
            writer.Apply([new CarrierEvent(Zto, "scan-1", "ZT8", status, sub, "GOT", "Picked up", Hangzhou, Created.AddHours(2))],
                Created.AddHours(3));
        }

        await using var check = SqliteOptions.CreateContext(connectionString);
        Assert.Equal(8L, await check.Parcels.Where(p => p.TrackingNumber == "ZT8").Select(p => p.Id).SingleAsync(ct));
        Assert.Equal(41L, await check.TrackingEvents.Where(e => e.ParcelId == 8).Select(e => e.Id).SingleAsync(ct));
    }

    public void Dispose() => directory.Dispose();
}
