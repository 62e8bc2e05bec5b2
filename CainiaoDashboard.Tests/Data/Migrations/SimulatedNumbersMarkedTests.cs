using CainiaoDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Data.Migrations;

/// <summary>Upgrading a database whose simulated parcels carry the simulator's numbers without its prefix.</summary>
public sealed class SimulatedNumbersMarkedTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task The_simulators_parcels_get_the_prefix_on_all_their_numbers_and_real_parcels_keep_theirs()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await OlderDatabase.CreateAsync(directory.File("old.db"), "20261204132920_PromiseChanges",
            OlderDatabase.Parcels((1, "ZT700000000001"), (2, "ZT700000000002"), (3, "ZT700000000003"), (4, "ZT4400000000001"), (5, "ZT7000000000")) + $"""
                INSERT INTO ParcelTrackingNumbers (TrackingNumber, ParcelId, CarrierId, Sequence) VALUES ('9400109699000000000021', 2, {Usps}, 1);
                INSERT INTO TrackingEvents (Id, ParcelId, CarrierId, CarrierEventId, Status, SubStatus, RawCode, RawText, HubId, EventUtc, ReceivedUtc)
                VALUES (1, 2, {Zto}, 'SIM-ZT700000000002-1', 10, 0, 'GOT', 'Picked up', {Hangzhou}, '2026-11-01 02:00:00', '2026-11-01 02:00:05'),
                       (2, 3, {Zto}, 'zto-scan-1', 10, 0, 'GOT', 'Picked up', {Hangzhou}, '2026-11-01 02:00:00', '2026-11-01 02:00:05');
                """, ct);

        await using var db = SqliteOptions.CreateContext(connectionString);
        await db.Database.MigrateAsync(ct);

        Assert.Equal(["SIM-ZT700000000001", "SIM-ZT700000000002", "ZT700000000003", "ZT4400000000001", "ZT7000000000"],
            await db.Parcels.OrderBy(p => p.Id).Select(p => p.TrackingNumber).ToListAsync(ct));
        Assert.Equal(["SIM-9400109699000000000021", "SIM-ZT700000000001", "SIM-ZT700000000002", "ZT4400000000001", "ZT7000000000", "ZT700000000003"],
            await db.ParcelTrackingNumbers.OrderBy(t => t.TrackingNumber).Select(t => t.TrackingNumber).ToListAsync(ct));
        Assert.Equal(["SIM-ZT700000000002-1", "zto-scan-1"], await db.TrackingEvents.OrderBy(e => e.Id).Select(e => e.CarrierEventId).ToListAsync(ct));
    }

    public void Dispose() => directory.Dispose();
}
