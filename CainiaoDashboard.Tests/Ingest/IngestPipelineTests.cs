using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

public abstract class IngestPipelineTests(DatabaseProvider provider) : MigratedDatabaseTests("pipeline.db", provider)
{
    public sealed class OnSqlite() : IngestPipelineTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : IngestPipelineTests(DatabaseProvider.Postgres);

    private static readonly DateTime Created = new(2026, 11, 10, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Concurrent_submitters_are_batched_and_each_gets_its_own_outcomes_after_the_commit()
    {
        var ct = TestContext.Current.CancellationToken;
        var pipeline = Database.NewPipeline(options: new IngestOptions { BatchSize = 10_000, FlushWindowMilliseconds = 200 });
        var commits = new List<IngestCommitted>();
        pipeline.Committed += commit => { lock (commits) commits.Add(commit); };
        await pipeline.StartAsync(ct);

        var registrations = Enumerable.Range(0, 20).Select(i => new ParcelRegistration(
            $"ZT{i:0000}", Zto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36), "Name", "Phone", "Address")).ToList();
        Assert.Equal(20, await pipeline.RegisterAsync(registrations, ct));

        var submissions = Enumerable.Range(0, 20).Select(i => pipeline.SubmitAsync(
        [
            new CarrierEvent(Zto, $"got-{i}", $"ZT{i:0000}", CainiaoDashboard.Domain.ParcelStatus.PickedUp,
                CainiaoDashboard.Domain.ParcelSubStatus.None, "GOT", "揽收", Hangzhou, Created.AddHours(1)),
            new CarrierEvent(Zto, $"got-{i}", $"ZT{i:0000}", CainiaoDashboard.Domain.ParcelStatus.PickedUp,
                CainiaoDashboard.Domain.ParcelSubStatus.None, "GOT", "揽收", Hangzhou, Created.AddHours(1)),
            new CarrierEvent(Zto, $"x-{i}", "UNKNOWN", CainiaoDashboard.Domain.ParcelStatus.PickedUp,
                CainiaoDashboard.Domain.ParcelSubStatus.None, "GOT", "揽收", Hangzhou, Created.AddHours(1)),
        ], ct)).ToList();
        var results = await Task.WhenAll(submissions);
        await pipeline.StopAsync(ct);

        Assert.All(results, outcomes => Assert.Equal([EventOutcome.Accepted, EventOutcome.Duplicate, EventOutcome.UnknownParcel], outcomes));
        Assert.InRange(commits.Count, 2, 20);
        Assert.Equal(20, commits.Sum(c => c.AcceptedEvents.Count));
        await using var db = Database.NewContext();
        Assert.Equal(20, await db.TrackingEvents.CountAsync(ct));
    }

    [Fact]
    public async Task Registrations_gathered_into_one_batch_each_get_their_own_results()
    {
        var ct = TestContext.Current.CancellationToken;
        var pipeline = Database.NewPipeline(options: new IngestOptions { BatchSize = 10_000, FlushWindowMilliseconds = 200 });
        await pipeline.StartAsync(ct);
        ParcelRegistration Parcel(string number, string name) =>
            new(number, Zto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36), name, "Phone", "Address");

        var first = pipeline.SubmitAsync(new IngestBatch([Parcel("RG1", "Li"), Parcel("RG2", "Wang")], [], []), ct);
        var second = pipeline.SubmitAsync(new IngestBatch([Parcel("RG3", "Zhao"), Parcel("RG1", "Li"), Parcel("RG2", "Chen")], [], []), ct);
        var results = await Task.WhenAll(first, second);
        await pipeline.StopAsync(ct);

        Assert.Equal([RegistrationOutcome.Registered, RegistrationOutcome.Registered], results[0].Registrations.Select(r => r.Outcome));
        Assert.Equal([RegistrationOutcome.Registered, RegistrationOutcome.Duplicate, RegistrationOutcome.Conflict],
            results[1].Registrations.Select(r => r.Outcome));
        Assert.Equal(["recipient"], results[1].Registrations[2].Differences);
        await using var db = Database.NewContext();
        Assert.Equal(["Li", "Wang", "Zhao"], await db.Parcels.OrderBy(p => p.TrackingNumber).Select(p => p.RecipientName).ToListAsync(ct));
    }

    [Fact]
    public async Task Subscribers_have_heard_of_a_commit_by_the_time_its_submitter_is_answered()
    {
        var ct = TestContext.Current.CancellationToken;
        var pipeline = Database.NewPipeline();
        var heard = 0;
        pipeline.Committed += _ =>
        {
            // A slow subscriber: the submitter must still not be answered first.
            Thread.Sleep(50);
            Interlocked.Increment(ref heard);
        };
        await pipeline.StartAsync(ct);

        for (var i = 0; i < 5; i++)
        {
            await pipeline.RegisterAsync([new ParcelRegistration($"ZH{i:0000}", Zto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36),
                "Name", "Phone", "Address")], ct);
            Assert.Equal(i + 1, Volatile.Read(ref heard));
        }

        await pipeline.StopAsync(ct);
    }

    [Fact]
    public async Task A_complaint_filed_twice_with_the_same_key_is_stored_and_counted_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var pipeline = await StartedPipelineAsync(ct);
        var filing = new ComplaintFiling("ZT0001", ComplaintCategory.Lost, ContactChannel.Email, "Never arrived", Created.AddHours(40), "amy", "form-1");

        var first = await pipeline.FileComplaintAsync(filing, ct);
        // A retry comes later; the time it carries does not make it a different complaint.
        var again = await pipeline.FileComplaintAsync(filing with { OpenedUtc = Created.AddHours(41) }, ct);
        var sameBatch = await pipeline.SubmitAsync(new IngestBatch([], [], [filing with { IdempotencyKey = "form-2" }, filing with { IdempotencyKey = "form-2" }]), ct);
        await pipeline.StopAsync(ct);

        Assert.Equal((ComplaintOutcome.Filed, ComplaintOutcome.Duplicate), (first, again));
        Assert.Equal([ComplaintOutcome.Filed, ComplaintOutcome.Duplicate], sameBatch.Complaints);
        await using var db = Database.NewContext();
        Assert.Equal(["form-1", "form-2"], await db.Complaints.OrderBy(c => c.Id).Select(c => c.IdempotencyKey).ToListAsync(ct));
        Assert.Equal(Created.AddHours(40), (await db.Complaints.FirstAsync(ct)).OpenedUtc);
        Assert.Equal(2, await db.HourlyRollups.SumAsync(r => r.Complaints, ct));
        Assert.Equal(2, await db.DailyVolumes.SumAsync(r => r.Complaints, ct));
    }

    [Fact]
    public async Task The_same_key_with_different_content_is_a_conflict_and_stores_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var pipeline = await StartedPipelineAsync(ct);
        var filing = new ComplaintFiling("ZT0001", ComplaintCategory.Lost, ContactChannel.Email, "Never arrived", Created.AddHours(40), "amy", "form-1");
        Assert.Equal(ComplaintOutcome.Filed, await pipeline.FileComplaintAsync(filing, ct));

        ComplaintFiling[] changed =
        [
            filing with { TrackingNumber = "ZT0002" },
            filing with { Category = ComplaintCategory.Damaged },
            filing with { ContactChannel = ContactChannel.Phone },
            filing with { Description = "Arrived broken" },
            filing with { FiledBy = "bo" },
        ];
        var outcomes = (await pipeline.SubmitAsync(new IngestBatch([], [], changed), ct)).Complaints;
        var withoutKey = await pipeline.FileComplaintAsync(filing with { IdempotencyKey = null }, ct);
        await pipeline.StopAsync(ct);

        Assert.All(outcomes, outcome => Assert.Equal(ComplaintOutcome.Conflict, outcome));
        Assert.Equal(ComplaintOutcome.Filed, withoutKey);
        await using var db = Database.NewContext();
        var stored = await db.Complaints.OrderBy(c => c.Id).ToListAsync(ct);
        Assert.Equal(2, stored.Count);
        Assert.Equal((ComplaintCategory.Lost, ContactChannel.Email, "Never arrived", "amy", "form-1"),
            (stored[0].Category, stored[0].ContactChannel, stored[0].Description, stored[0].OpenedBy, stored[0].IdempotencyKey));
        Assert.Null(stored[1].IdempotencyKey);
        Assert.Equal(2, await db.HourlyRollups.SumAsync(r => r.Complaints, ct));
    }

    /// <summary>A running pipeline with parcels ZT0001 and ZT0002; stopped by the test.</summary>
    private async Task<IngestPipeline> StartedPipelineAsync(CancellationToken ct)
    {
        var pipeline = Database.NewPipeline();
        await pipeline.StartAsync(ct);
        await pipeline.RegisterAsync(
        [
            new ParcelRegistration("ZT0001", Zto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36), "Name", "Phone", "Address"),
            new ParcelRegistration("ZT0002", Zto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36), "Name", "Phone", "Address"),
        ], ct);
        return pipeline;
    }
}
