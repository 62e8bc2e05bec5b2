using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Data.Migrations;

/// <summary>Upgrading a database whose events were de-duplicated by carrier and event id across all parcels.</summary>
public sealed class EventDedupPerParcelTests : IDisposable
{
    private static readonly DateTime Created = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task Stored_events_survive_and_an_event_id_is_then_unique_per_parcel_as_carriers_number_scans_per_waybill()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await OlderDatabase.CreateAsync(directory.File("old.db"), "20261203114236_ComplaintIdempotencyKey",
            OlderDatabase.Parcels((1, "ZT1"), (2, "ZT2")) + $"""
                INSERT INTO TrackingEvents (ParcelId, CarrierId, CarrierEventId, Status, SubStatus, RawCode, RawText, HubId, EventUtc, ReceivedUtc)
                VALUES (1, {Zto}, 'scan-1', 10, 0, 'GOT', 'Picked up', {Hangzhou}, '2026-11-01 02:00:00', '2026-11-01 02:00:05');
                """, ct);

        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            await db.Database.MigrateAsync(ct);
            var kept = await db.TrackingEvents.SingleAsync(ct);
            Assert.Equal((1L, "scan-1", "Picked up"), (kept.ParcelId, kept.CarrierEventId, kept.RawText));
        }

        using var writer = new IngestWriter(connectionString);
        var outcomes = writer.Apply([Scan("ZT1"), Scan("ZT2"), Scan("ZT2")], Created.AddHours(3));

        Assert.Equal([EventOutcome.Duplicate, EventOutcome.Accepted, EventOutcome.Duplicate], outcomes);
    }

    private static CarrierEvent Scan(string trackingNumber)
    {
        CarrierStatusCodes.TryNormalise("GOT", out var status, out var sub);
        return new CarrierEvent(Zto, "scan-1", trackingNumber, status, sub, "GOT", "Picked up", Hangzhou, Created.AddHours(2));
    }

    public void Dispose() => directory.Dispose();
}
