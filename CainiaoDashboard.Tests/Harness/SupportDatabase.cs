using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Complaints;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// A fresh, migrated database (a SQLite file, or a PostgreSQL database when asked) with the real ingest pipeline running: what support's components write through
/// (<see cref="SupportDesk"/>) and read from (<see cref="ParcelDetailQuery"/>, <see cref="ComplaintListQuery"/>).
/// One per test, so each test sees only the parcels and complaints it made.
/// </summary>
public sealed class SupportDatabase : IAsyncDisposable
{
    private readonly MigratedDatabase file;

    private SupportDatabase(MigratedDatabase file, TimeProvider clock)
    {
        this.file = file;
        Clock = clock;
        Pipeline = file.NewPipeline(clock);
        Desk = new SupportDesk(Pipeline, clock);
    }

    public TimeProvider Clock { get; }

    public string ConnectionString => file.ConnectionString;

    public IDbContextFactory<CainiaoDbContext> Contexts => file.Contexts;

    public IngestPipeline Pipeline { get; }

    public SupportDesk Desk { get; }

    public ParcelListQuery ListQuery() => new(Contexts, Options.Create(new KpiOptions()));

    public ComplaintListQuery ComplaintQuery() => new(Contexts);

    public ParcelDetailQuery DetailQuery() => new(Contexts, ListQuery());

    public static async Task<SupportDatabase> CreateAsync(TimeProvider? clock = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = new SupportDatabase(await MigratedDatabase.CreateAsync("support.db", provider), clock ?? TimeProvider.System);
        await database.Pipeline.StartAsync(TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>Registers a next-day ZTO parcel (or the carrier given) created at <paramref name="createdUtc"/>; returns its tracking number.</summary>
    public async Task<string> RegisterParcelAsync(DateTime createdUtc, int? carrier = null)
    {
        var carrierId = carrier ?? Zto;
        return await TestParcels.RegisterAsync(Pipeline, createdUtc, TestContext.Current.CancellationToken,
            TestParcels.NewTrackingNumber(carrierId == Zto ? "ZT" : "ST"), carrierId);
    }

    public async Task<long> FileComplaintAsync(string trackingNumber, ComplaintCategory category, DateTime openedUtc, string description = "Where is it?")
    {
        var ct = TestContext.Current.CancellationToken;
        var outcome = await Pipeline.FileComplaintAsync(new ComplaintFiling(trackingNumber, category, ContactChannel.Phone, description, openedUtc, "test"), ct);
        Assert.Equal(ComplaintOutcome.Filed, outcome);
        await using var db = Contexts.CreateDbContext();
        return await db.Complaints.Where(c => c.Description == description).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync(ct);
    }

    /// <summary>Files many complaints in one commit: descriptions "&lt;prefix&gt; 1", "&lt;prefix&gt; 2"…, opened a minute apart before <paramref name="lastOpenedUtc"/>.</summary>
    public async Task FileComplaintsAsync(string trackingNumber, int count, DateTime lastOpenedUtc, string prefix = "Complaint")
    {
        var complaints = Enumerable.Range(1, count)
            .Select(i => new ComplaintFiling(trackingNumber, ComplaintCategory.Other, ContactChannel.Chat, $"{prefix} {i}", lastOpenedUtc.AddMinutes(i - count), "test"))
            .ToList();
        var result = await Pipeline.SubmitAsync(new IngestBatch([], [], complaints), TestContext.Current.CancellationToken);
        Assert.All(result.Complaints, outcome => Assert.Equal(ComplaintOutcome.Filed, outcome));
    }

    public async ValueTask DisposeAsync()
    {
        await Pipeline.StopAsync(CancellationToken.None);
        Pipeline.Dispose();
        file.Dispose();
    }
}
