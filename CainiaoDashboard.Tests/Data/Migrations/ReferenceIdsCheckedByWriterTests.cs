using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Data.Migrations;

/// <summary>Upgrading a database whose parcels had foreign keys (and their indexes) on the reference ids.</summary>
public sealed class ReferenceIdsCheckedByWriterTests : IDisposable
{
    private static readonly DateTime Created = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task Parcels_and_their_numbers_survive_the_rebuild_and_the_writer_goes_on_from_them()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await OlderDatabase.CreateAsync(directory.File("old.db"), "20261203153605_EventDedupPerParcel",
            OlderDatabase.Parcels((1, "ZT1")), ct);

        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            await db.Database.MigrateAsync(ct);
            var parcel = await db.Parcels.AsNoTracking().Include(p => p.TrackingNumbers).SingleAsync(ct);
            Assert.Equal(("ZT1", Zto, EastToEast, Tmall, "1 Wensan Road"), (parcel.TrackingNumber, parcel.CarrierId, parcel.LaneId, parcel.ChannelId, parcel.RecipientAddress));
            Assert.Equal("ZT1", Assert.Single(parcel.TrackingNumbers).TrackingNumber);
            var indexes = await db.Database.SqlQueryRaw<string>(
                "SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('Parcels', 'ParcelTrackingNumbers')").ToListAsync(ct);
            Assert.DoesNotContain("IX_Parcels_CarrierId", indexes);
            Assert.DoesNotContain("IX_ParcelTrackingNumbers_CarrierId", indexes);
            Assert.Contains("IX_Parcels_Open_Promised", indexes);
        }

        using var writer = new IngestWriter(connectionString);
        CarrierStatusCodes.TryNormalise("GOT", out var status, out var sub);
        var outcomes = writer.Apply([new CarrierEvent(Zto, "scan-1", "ZT1", status, sub, "GOT", "Picked up", Hangzhou, Created.AddHours(2))],
            Created.AddHours(3));

        Assert.Equal([EventOutcome.Accepted], outcomes);
    }

    public void Dispose() => directory.Dispose();
}
