using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Data.Migrations;

/// <summary>Upgrading a database made before complaints had keys.</summary>
public sealed class ComplaintIdempotencyKeyTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task Old_complaints_keep_working_and_the_simulators_get_the_key_it_now_sends_once_per_parcel()
    {
        var ct = TestContext.Current.CancellationToken;
        // Parcel 1 had its simulated complaint filed twice by restarts; parcel 2 has a complaint from support staff.
        var connectionString = await OlderDatabase.CreateAsync(directory.File("old.db"), "20261126102812_Initial",
            OlderDatabase.Parcels((1, "ZT1"), (2, "ZT2")) + """
                INSERT INTO Complaints (ParcelId, CarrierId, LaneId, ServiceLevelId, HubId, Category, ContactChannel, Description, State,
                    IsValid, OpenedUtc, UpdatedUtc, OpenedBy, UpdatedBy)
                VALUES (1, 1, 1, 2, 1, 0, 0, 'Late', 0, 1, '2026-11-03 00:00:00', '2026-11-03 00:00:00', 'simulator', 'simulator'),
                       (1, 1, 1, 2, 1, 0, 0, 'Late', 0, 1, '2026-11-03 00:00:00', '2026-11-03 00:00:00', 'simulator', 'simulator'),
                       (2, 1, 1, 2, 1, 3, 1, 'Lost', 0, 1, '2026-11-03 00:00:00', '2026-11-03 00:00:00', 'amy', 'amy');
                """, ct);

        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            await db.Database.MigrateAsync(ct);
            Assert.Equal(["SIM-ZT1-complaint", null, null], await db.Complaints.OrderBy(c => c.Id).Select(c => c.IdempotencyKey).ToListAsync(ct));
        }

        using var writer = new IngestWriter(connectionString);
        var repeat = new ComplaintFiling("ZT1", CainiaoDashboard.Domain.ComplaintCategory.LateDelivery, CainiaoDashboard.Domain.ContactChannel.Phone,
            "Late", new DateTime(2026, 11, 3, 0, 0, 0, DateTimeKind.Utc), "simulator", "SIM-ZT1-complaint");
        var unkeyed = new ComplaintFiling("ZT2", CainiaoDashboard.Domain.ComplaintCategory.Lost, CainiaoDashboard.Domain.ContactChannel.Email,
            "Lost again", new DateTime(2026, 11, 4, 0, 0, 0, DateTimeKind.Utc), "amy");
        var result = writer.ApplyBatch(new IngestBatch([], [], [repeat, unkeyed, unkeyed]), DateTime.UtcNow);

        Assert.Equal([ComplaintOutcome.Duplicate, ComplaintOutcome.Filed, ComplaintOutcome.Filed], result.Complaints);
    }

    public void Dispose() => directory.Dispose();
}
