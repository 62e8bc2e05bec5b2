using CainiaoDashboard.Data;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Features.Parcels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// A database holding twelve simulated days up to <see cref="NowUtc"/>, loaded through the real pipeline and shared by a
/// test class: a SQLite file (<see cref="OnSqlite"/>) or a PostgreSQL database (<see cref="OnPostgres"/>).
/// </summary>
public abstract class SimulatedDatabase(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : SimulatedDatabase(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SimulatedDatabase(DatabaseProvider.Postgres);

    public static readonly DateTime NowUtc = new(2026, 11, 20, 7, 30, 0, DateTimeKind.Utc);

    private MigratedDatabase file = default!;

    public StoreConnection Store => file.Store;

    public string ConnectionString => file.ConnectionString;

    public IDbContextFactory<CainiaoDbContext> Contexts => file.Contexts;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        file = await MigratedDatabase.CreateAsync("simulated.db", provider);
        var pipeline = file.NewPipeline();
        await pipeline.StartAsync(ct);
        await SimulatedTraffic.LoadAsync(pipeline, NowUtc, TimeSpan.FromDays(12), 1000, ct);
        await pipeline.StopAsync(ct);
        pipeline.Dispose();
    }

    public ParcelListQuery ListQuery() => new(Contexts, Options.Create(new KpiOptions()));

    public ValueTask DisposeAsync()
    {
        file.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
