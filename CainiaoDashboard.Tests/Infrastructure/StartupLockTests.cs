using CainiaoDashboard.Data;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Infrastructure;

public sealed class StartupLockTests
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

    private static DashboardServer Server(string connectionString) => new DashboardServer()
        .WithSetting(StoreConnection.ProviderSetting, nameof(DatabaseProvider.Postgres))
        .WithSetting("ConnectionStrings:Cainiao", connectionString);
}
