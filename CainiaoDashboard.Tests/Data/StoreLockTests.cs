using CainiaoDashboard.Data;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CainiaoDashboard.Tests.Data;

public sealed class StoreLockTests
{
    [Fact]
    public async Task Two_instances_started_at_once_on_an_empty_postgresql_database_both_start_with_each_role_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await PostgresCluster.Shared.CreateDatabaseAsync("startup", ct);
        DashboardServer[] servers = [Server(connectionString), Server(connectionString)];
        try
        {
            // On threads of their own: a server starts synchronously inside InitializeAsync.
            await Task.WhenAll(servers.Select(server => Task.Run(() => server.InitializeAsync().AsTask(), ct)));

            foreach (var server in servers)
            {
                using var http = server.CreateClient();
                using var health = await http.GetAsync("/healthz", ct);
                Assert.True(health.IsSuccessStatusCode);
            }

            await using var db = new StoreConnection(DatabaseProvider.Postgres, connectionString).CreateContext();
            Assert.Equal(Roles.All.Order(), (await db.Set<IdentityRole>().Select(r => r.Name!).ToListAsync(ct)).Order());
        }
        finally
        {
            foreach (var server in servers) await server.DisposeAsync();
            await PostgresCluster.Shared.DropDatabaseAsync(connectionString, ct);
        }
    }

    [Fact]
    public async Task One_of_two_instances_runs_the_simulator_and_the_other_takes_over_when_it_stops()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await PostgresCluster.Shared.CreateDatabaseAsync("simulator", ct);
        // A busy day's rate: at the default 20,000 a day the small hours of China's night register a parcel every 40 s or
        // so, longer than the waits below (the test failed at 00:50 CST).
        var first = Server(connectionString).WithSetting("Simulator:Enabled", "true").WithSetting("Simulator:ParcelsPerDay", "400000");
        var second = Server(connectionString).WithSetting("Simulator:Enabled", "true").WithSetting("Simulator:ParcelsPerDay", "400000");
        try
        {
            await first.InitializeAsync();
            await second.InitializeAsync();
            await WaitUntilAsync(async () => await SimulatorLeasesAsync(connectionString, ct) == 1 && await ParcelsAsync(connectionString, ct) > 0, ct);

            await first.DisposeAsync();
            var parcelsWhenStopped = await ParcelsAsync(connectionString, ct);

            // The second instance takes the lease and the traffic goes on.
            await WaitUntilAsync(async () => await SimulatorLeasesAsync(connectionString, ct) == 1
                && await ParcelsAsync(connectionString, ct) > parcelsWhenStopped, ct);
        }
        finally
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
            await PostgresCluster.Shared.DropDatabaseAsync(connectionString, ct);
        }
    }

    /// <summary>Sessions holding the simulator's advisory lock (pg_locks splits a bigint key into classid and objid).</summary>
    private static async Task<long> SimulatorLeasesAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var count = new NpgsqlCommand(
            $"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = {StoreLock.Simulator >> 32} AND objid = {StoreLock.Simulator & 0xFFFFFFFF}",
            connection);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }

    private static async Task<int> ParcelsAsync(string connectionString, CancellationToken ct)
    {
        await using var db = new StoreConnection(DatabaseProvider.Postgres, connectionString).CreateContext();
        return await db.Parcels.CountAsync(ct);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Not within 30 s.");
            await Task.Delay(250, ct);
        }
    }

    private static DashboardServer Server(string connectionString) => new DashboardServer()
        .WithSetting(StoreConnection.ProviderSetting, nameof(DatabaseProvider.Postgres))
        .WithSetting("ConnectionStrings:Cainiao", connectionString);
}
