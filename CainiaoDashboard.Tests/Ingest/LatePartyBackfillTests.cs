using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

/// <summary>
/// Upgrading a database stored before lateness was counted per party: the backfill gives every parcel the party the writer
/// gives it today and fills the party counters to exactly what the writer keeps, once.
/// </summary>
public sealed class LatePartyBackfillTests() : MigratedDatabaseTests("backfill.db")
{
    private static readonly DateTime Until = new(2026, 11, 20, 7, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task An_upgraded_database_gets_the_parties_and_counts_the_writer_keeps_and_the_backfill_runs_once()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var pipeline = Database.NewPipeline())
        {
            await pipeline.StartAsync(ct);
            await SimulatedTraffic.LoadAsync(pipeline, Until, TimeSpan.FromDays(6), 500, ct);
            await pipeline.StopAsync(ct);
        }

        var counted = await RollupAudit.FingerprintAsync(Database.ConnectionString, ct);
        await using var connection = new SqliteConnection(Database.ConnectionString);
        await connection.OpenAsync(ct);
        SqliteConnectionPragmas.Apply(connection);
        Assert.False(LatePartyBackfill.IsPending(connection));
        var parcels = ForgetEveryParty(connection);
        Assert.NotEqual(counted, await RollupAudit.FingerprintAsync(Database.ConnectionString, ct));
        Assert.True(LatePartyBackfill.IsPending(connection));

        Assert.InRange(LatePartyBackfill.RunIfPending(connection), parcels / 10, parcels);

        Assert.Equal(counted, await RollupAudit.FingerprintAsync(Database.ConnectionString, ct));
        Assert.False(LatePartyBackfill.IsPending(connection));
        Assert.Equal(0, LatePartyBackfill.RunIfPending(connection));
    }

    [Fact]
    public async Task Open_parcels_without_a_party_are_worked_out_even_where_no_first_attempt_was_ever_late()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var pipeline = Database.NewPipeline())
        {
            await pipeline.StartAsync(ct);
            await TestParcels.RegisterAsync(pipeline, Until.AddHours(-2), ct, trackingNumber: "ZT0000000001");
            await pipeline.StopAsync(ct);
        }

        await using var connection = new SqliteConnection(Database.ConnectionString);
        await connection.OpenAsync(ct);
        SqliteConnectionPragmas.Apply(connection);
        ForgetEveryParty(connection);
        Assert.True(LatePartyBackfill.IsPending(connection));

        Assert.Equal(1, LatePartyBackfill.RunIfPending(connection));

        await using var db = Database.NewContext();
        Assert.Equal(LateParty.Shipper, (await db.Parcels.SingleAsync(ct)).LateParty);
        Assert.False(LatePartyBackfill.IsPending(connection));
    }

    /// <summary>What migration <c>LatenessCountedAgainst</c> leaves: no parcel has a party and every party counter is 0.</summary>
    private static int ForgetEveryParty(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE HourlyRollups SET LateDeliveredShipper = 0, LateDeliveredCourier = 0, LateDeliveredPartner = 0, LateDeliveredCustoms = 0,
                LateDeliveredRecipient = 0, LateDeliveredWeather = 0, OwnFaultLateFirstAttempts = 0;
            UPDATE DailyVolumes SET LateFirstAttemptsShipper = 0, LateFirstAttemptsCourier = 0, LateFirstAttemptsPartner = 0,
                LateFirstAttemptsCustoms = 0, LateFirstAttemptsRecipient = 0, LateFirstAttemptsWeather = 0;
            UPDATE Parcels SET LateParty = NULL;
            SELECT COUNT(*) FROM Parcels;
            """;
        return Convert.ToInt32(command.ExecuteScalar());
    }
}
