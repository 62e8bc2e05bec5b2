using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Data.Migrations;

/// <summary>Upgrading a database whose API keys were all carriers' keys, in a table of their own.</summary>
public sealed class PlatformApiKeysTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task Carrier_keys_keep_working_and_revoked_ones_stay_revoked()
    {
        var ct = TestContext.Current.CancellationToken;
        var live = "cnk_live-key-from-before";
        var revoked = "cnk_revoked-key-from-before";
        var connectionString = await OlderDatabase.CreateAsync(directory.File("old.db"), "20261203223734_PlainRowidKeys", $"""
            INSERT INTO CarrierApiKeys (Id, CarrierId, KeyHash, Prefix, CreatedUtc, RevokedUtc) VALUES
                (3, {Zto}, '{Hash(live)}', '{live[..10]}', '2026-11-01 00:00:00', NULL),
                (5, {Sto}, '{Hash(revoked)}', '{revoked[..10]}', '2026-11-01 00:00:00', '2026-11-02 00:00:00');
            """, ct);

        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            await db.Database.MigrateAsync(ct);
        }

        var keys = new ApiKeys(SqliteOptions.CreateFactory(connectionString), TimeProvider.System);
        Assert.Equal(Zto, await keys.FindCarrierAsync(live, ct));
        Assert.Null(await keys.FindCarrierAsync(revoked, ct));
        Assert.Equal([(5, ApiKeyHolder.ForCarrier(Sto), false), (3, ApiKeyHolder.ForCarrier(Zto), true)],
            (await keys.ListAsync(ct)).Select(k => (k.Id, k.Holder, k.IsActive)));
    }

    private static string Hash(string key) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));

    public void Dispose() => directory.Dispose();
}
