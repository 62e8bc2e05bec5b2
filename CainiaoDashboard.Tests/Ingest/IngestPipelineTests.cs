using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Ingest;

public sealed class IngestPipelineTests : IAsyncLifetime
{
    private static readonly DateTime Created = new(2026, 11, 10, 2, 0, 0, DateTimeKind.Utc);
    private readonly TempDirectory directory = new();
    private string connectionString = default!;

    public async ValueTask InitializeAsync()
    {
        connectionString = $"Data Source={directory.File("pipeline.db")}";
        await using var db = SqliteOptions.CreateContext(connectionString);
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Concurrent_submitters_are_batched_and_each_gets_its_own_outcomes_after_the_commit()
    {
        var ct = TestContext.Current.CancellationToken;
        var pipeline = new IngestPipeline(new IngestWriterFactory(connectionString),
            Options.Create(new IngestOptions { BatchSize = 10_000, FlushWindowMilliseconds = 200 }),
            TimeProvider.System, NullLogger<IngestPipeline>.Instance);
        var commits = new List<IngestCommitted>();
        pipeline.Committed += commit => { lock (commits) commits.Add(commit); };
        await pipeline.StartAsync(ct);

        var registrations = Enumerable.Range(0, 20).Select(i => new ParcelRegistration(
            $"ZT{i:0000}", 1, 1, 2, 1, Created, Created.AddHours(36), "Name", "Phone", "Address")).ToList();
        Assert.Equal(20, await pipeline.RegisterAsync(registrations, ct));

        var submissions = Enumerable.Range(0, 20).Select(i => pipeline.SubmitAsync(
        [
            new CarrierEvent(1, $"got-{i}", $"ZT{i:0000}", CainiaoDashboard.Domain.ParcelStatus.PickedUp,
                CainiaoDashboard.Domain.ParcelSubStatus.None, "GOT", "揽收", 1, Created.AddHours(1)),
            new CarrierEvent(1, $"got-{i}", $"ZT{i:0000}", CainiaoDashboard.Domain.ParcelStatus.PickedUp,
                CainiaoDashboard.Domain.ParcelSubStatus.None, "GOT", "揽收", 1, Created.AddHours(1)),
            new CarrierEvent(1, $"x-{i}", "UNKNOWN", CainiaoDashboard.Domain.ParcelStatus.PickedUp,
                CainiaoDashboard.Domain.ParcelSubStatus.None, "GOT", "揽收", 1, Created.AddHours(1)),
        ], ct)).ToList();
        var results = await Task.WhenAll(submissions);
        await pipeline.StopAsync(ct);

        Assert.All(results, outcomes => Assert.Equal([EventOutcome.Accepted, EventOutcome.Duplicate, EventOutcome.UnknownParcel], outcomes));
        Assert.InRange(commits.Count, 2, 20);
        Assert.Equal(20, commits.Sum(c => c.AcceptedEvents.Count));
        await using var db = SqliteOptions.CreateContext(connectionString);
        Assert.Equal(20, await db.TrackingEvents.CountAsync(ct));
    }

    public ValueTask DisposeAsync()
    {
        directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
