using CainiaoDashboard.Data;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// Two dashboard instances, A and B, on one PostgreSQL database, as behind a load balancer: each its own host, pipeline
/// and live notifiers, sharing nothing but the database. Started one after the other (the first migrates).
/// </summary>
public sealed class PostgresInstances : IAsyncLifetime
{
    private string connectionString = default!;

    public DashboardServer A { get; private set; } = default!;

    public DashboardServer B { get; private set; } = default!;

    public StoreConnection Store => new(DatabaseProvider.Postgres, connectionString);

    public async ValueTask InitializeAsync()
    {
        connectionString = await PostgresCluster.Shared.CreateDatabaseAsync("instances", TestContext.Current.CancellationToken);
        A = await StartAsync();
        B = await StartAsync();
    }

    private async Task<DashboardServer> StartAsync()
    {
        var server = new DashboardServer()
            .WithSetting(StoreConnection.ProviderSetting, nameof(DatabaseProvider.Postgres))
            .WithSetting("ConnectionStrings:Cainiao", connectionString);
        await server.InitializeAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (B is not null) await B.DisposeAsync();
        if (A is not null) await A.DisposeAsync();
        await PostgresCluster.Shared.DropDatabaseAsync(connectionString);
    }
}
