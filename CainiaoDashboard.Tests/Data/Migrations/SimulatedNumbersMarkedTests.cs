using CainiaoDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Data.Migrations;

/// <summary>Upgrading a database whose simulated parcels carry the simulator's numbers without its prefix.</summary>
public sealed class SimulatedNumbersMarkedTests : IDisposable
{
    private readonly TempDirectory directory = new();

    // Serials of the minute the older database's parcels were created in (2026-11-01 00:00 UTC = minute 29,891,520).
    private const string SimulatedZto = "ZT729891520001", SimulatedSto = "7729891520002", SimulatedYto = "YT2029891520003", Scanned = "ZT729891520004";

    [Fact]
    public async Task The_simulators_parcels_get_the_prefix_on_all_their_numbers_and_real_parcels_keep_theirs()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await OlderDatabase.CreateAsync(directory.File("old.db"), "20261204132920_PromiseChanges",
            OlderDatabase.Parcels((1, SimulatedZto), (2, SimulatedSto), (3, SimulatedYto), (4, Scanned), (5, "ZT700000000001"), (6, "7712345678901"), (7, "ZT4400000000001")) + $"""
                INSERT INTO ParcelTrackingNumbers (TrackingNumber, ParcelId, CarrierId, Sequence) VALUES ('9400109699000000000021', 2, {Usps}, 1);
                INSERT INTO TrackingEvents (Id, ParcelId, CarrierId, CarrierEventId, Status, SubStatus, RawCode, RawText, HubId, EventUtc, ReceivedUtc)
                VALUES (1, 2, {Zto}, 'SIM-{SimulatedSto}-1', 10, 0, 'GOT', 'Picked up', {Hangzhou}, '2026-11-01 02:00:00', '2026-11-01 02:00:05'),
                       (2, 4, {Zto}, 'zto-scan-1', 10, 0, 'GOT', 'Picked up', {Hangzhou}, '2026-11-01 02:00:00', '2026-11-01 02:00:05');
                """, ct);

        await using var db = SqliteOptions.CreateContext(connectionString);
        await db.Database.MigrateAsync(ct);

        // Simulated: the three formats whose serial is their creation minute. Real: one scanned by a carrier, one whose
        // serial names another minute, one STO-looking number, one of another format.
        Assert.Equal([$"SIM-{SimulatedZto}", $"SIM-{SimulatedSto}", $"SIM-{SimulatedYto}", Scanned, "ZT700000000001", "7712345678901", "ZT4400000000001"],
            await db.Parcels.OrderBy(p => p.Id).Select(p => p.TrackingNumber).ToListAsync(ct));
        Assert.Equal([$"SIM-{SimulatedSto}", "SIM-9400109699000000000021"],
            await db.ParcelTrackingNumbers.Where(t => t.ParcelId == 2).OrderBy(t => t.TrackingNumber).Select(t => t.TrackingNumber).ToListAsync(ct));
        Assert.Equal([$"SIM-{SimulatedSto}-1", "zto-scan-1"], await db.TrackingEvents.OrderBy(e => e.Id).Select(e => e.CarrierEventId).ToListAsync(ct));
    }

    public void Dispose() => directory.Dispose();
}
