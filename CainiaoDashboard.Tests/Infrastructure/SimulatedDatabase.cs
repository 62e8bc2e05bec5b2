using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>A SQLite file holding twelve simulated days up to <see cref="NowUtc"/>, shared by a test class.</summary>
public sealed class SimulatedDatabase : IAsyncLifetime
{
    public static readonly DateTime NowUtc = new(2026, 11, 20, 7, 30, 0, DateTimeKind.Utc);

    private readonly TempDirectory directory = new();

    public string ConnectionString { get; private set; } = default!;

    public IDbContextFactory<CainiaoDbContext> Contexts { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        ConnectionString = $"Data Source={directory.File("simulated.db")}";
        await using (var db = SqliteOptions.CreateContext(ConnectionString)) await db.Database.MigrateAsync(ct);
        var pipeline = new IngestPipeline(new IngestWriterFactory(ConnectionString), Options.Create(new IngestOptions()), TimeProvider.System,
            NullLogger<IngestPipeline>.Instance);
        await pipeline.StartAsync(ct);
        await SimulatedTraffic.LoadAsync(pipeline, NowUtc, TimeSpan.FromDays(12), 1000, ct);
        await pipeline.StopAsync(ct);
        pipeline.Dispose();
        Contexts = SqliteOptions.CreateFactory(ConnectionString);
    }

    public ParcelListQuery ListQuery() => new(Contexts, Options.Create(new KpiOptions()));

    public ValueTask DisposeAsync()
    {
        directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
