using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Shared;

public sealed class StoreContentsTests() : MigratedDatabaseTests("store-contents.db")
{
    [Fact]
    public async Task An_empty_store_has_no_parcels_until_the_first_is_registered()
    {
        var ct = TestContext.Current.CancellationToken;
        var contents = new StoreContents(Database.Contexts);
        Assert.False(await contents.HasParcelsAsync(ct));

        using (var writer = new IngestWriter(Database.ConnectionString))
        {
            var created = new DateTime(2026, 11, 10, 2, 0, 0, DateTimeKind.Utc);
            writer.Register([new ParcelRegistration("SC1", Zto, EastToEast, NextDay, Tmall, created, created.AddHours(36), "", "", "")]);
        }

        Assert.True(await contents.HasParcelsAsync(ct));
    }
}
