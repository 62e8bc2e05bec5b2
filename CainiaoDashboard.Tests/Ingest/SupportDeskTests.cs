using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

public abstract class SupportDeskTests(DatabaseProvider provider) : MigratedDatabaseTests("support.db", provider)
{
    public sealed class OnSqlite() : SupportDeskTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SupportDeskTests(DatabaseProvider.Postgres);

    private static readonly DateTime Created = new(2026, 11, 10, 2, 0, 0, DateTimeKind.Utc);
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(Created.AddHours(5)));
    private IngestPipeline pipeline = default!;
    private SupportDesk desk = default!;

    public override async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await base.InitializeAsync();
        pipeline = Database.NewPipeline(clock);
        await pipeline.StartAsync(ct);
        desk = new SupportDesk(pipeline, clock);
        await pipeline.RegisterAsync(
        [
            new ParcelRegistration("ZT0001", Zto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36), "Li Wei", "+86 138", "Hangzhou"),
            new ParcelRegistration("ST0002", Sto, EastToNorth, Standard, Taobao, Created, Created.AddHours(96), "Wang Fang", "+86 139", "Beijing"),
        ], ct);
        // The complaint counts at the parcel's hub: give it one.
        await pipeline.SubmitAsync([new CarrierEvent(Zto, "e1", "ZT0001", ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub, "ARRIVAL", "到达", Hangzhou, Created.AddHours(2))], ct);
    }

    [Fact]
    public async Task Every_change_of_state_or_validity_is_recorded_and_the_rollup_counts_only_valid_complaints()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await desk.FileComplaintAsync("ZT0001", ComplaintCategory.LateDelivery, ContactChannel.Phone, "  Where is it?  ", "amy", cancellationToken: ct)).Succeeded);
        Assert.True((await desk.FileComplaintAsync("ST0002", ComplaintCategory.Damaged, ContactChannel.Email, "Box crushed", "amy", cancellationToken: ct)).Succeeded);
        var (first, second) = await ComplaintIdsAsync(ct);
        Assert.Equal(2, await ComplaintRollupAsync(ct));

        clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await desk.ChangeComplaintAsync(first, ComplaintState.InProgress, true, "bo", ct)).Succeeded);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await desk.ChangeComplaintAsync(first, ComplaintState.Rejected, false, "cy", ct)).Succeeded);
        var unchanged = await desk.ChangeComplaintAsync(first, ComplaintState.Rejected, false, "cy", ct);
        var unknown = await desk.ChangeComplaintAsync(999, ComplaintState.Resolved, true, "cy", ct);

        Assert.False(unchanged.Succeeded);
        Assert.False(unknown.Succeeded);
        await using var db = Database.NewContext();
        var history = await db.ComplaintChanges.Where(c => c.ComplaintId == first).OrderBy(c => c.Id).ToListAsync(ct);
        Assert.Equal(2, history.Count);
        Assert.Equal(("bo", ComplaintState.Open, ComplaintState.InProgress, true, true, Created.AddHours(6)),
            (history[0].ChangedBy, history[0].FromState, history[0].ToState, history[0].FromValid, history[0].ToValid, history[0].ChangedUtc));
        Assert.Equal(("cy", ComplaintState.InProgress, ComplaintState.Rejected, true, false, Created.AddHours(7)),
            (history[1].ChangedBy, history[1].FromState, history[1].ToState, history[1].FromValid, history[1].ToValid, history[1].ChangedUtc));
        var stored = await db.Complaints.SingleAsync(c => c.Id == first, ct);
        Assert.Equal((ComplaintState.Rejected, false, "cy", "Where is it?"), (stored.State, stored.IsValid, stored.UpdatedBy, stored.Description));
        Assert.NotNull(stored.ResolvedUtc);
        Assert.Equal(await db.Complaints.CountAsync(c => c.IsValid, ct), await ComplaintRollupAsync(ct));
        Assert.Equal(1, await ComplaintRollupAsync(ct));

        Assert.True((await desk.ChangeComplaintAsync(first, ComplaintState.Open, true, "dee", ct)).Succeeded);
        Assert.Equal(2, await ComplaintRollupAsync(ct));
        Assert.Null((await Database.NewContext().Complaints.SingleAsync(c => c.Id == first, ct)).ResolvedUtc);
        Assert.Equal(0, await db.ComplaintChanges.CountAsync(c => c.ComplaintId == second, ct));
    }

    [Theory]
    [InlineData("", "cannot be empty")]
    [InlineData("   \n ", "cannot be empty")]
    [InlineData(null, "cannot be empty")]
    public async Task An_empty_description_is_refused_and_nothing_is_stored(string? description, string message)
    {
        var result = await desk.FileComplaintAsync("ZT0001", ComplaintCategory.Lost, ContactChannel.Chat, description, "amy", cancellationToken: TestContext.Current.CancellationToken);

        await AssertRefusedAsync(result, message);
    }

    [Fact]
    public async Task Oversized_text_an_unknown_parcel_or_a_missing_category_is_refused_and_nothing_is_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        var tooLong = new string('x', ComplaintRules.MaxDescriptionLength + 1);

        var oversized = await desk.FileComplaintAsync("ZT0001", ComplaintCategory.Lost, ContactChannel.Chat, tooLong, "amy", cancellationToken: ct);
        var unknown = await desk.FileComplaintAsync("NOPE", ComplaintCategory.Lost, ContactChannel.Chat, "Lost", "amy", cancellationToken: ct);
        var noCategory = await desk.FileComplaintAsync("ZT0001", null, ContactChannel.Chat, "Lost", "amy", cancellationToken: ct);
        var longNote = await desk.AddNoteAsync("ZT0001", new string('n', ComplaintRules.MaxNoteLength + 1), "amy", ct);

        Assert.Contains("too long: 2,001 characters, at most 2,000", oversized.Error);
        Assert.Contains("No parcel has tracking number NOPE", unknown.Error);
        Assert.Contains("category", noCategory.Error);
        Assert.Contains("too long", longNote.Error);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task A_repeated_submit_with_the_forms_key_succeeds_and_files_once_and_other_content_under_it_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;

        var first = await desk.FileComplaintAsync("ZT0001", ComplaintCategory.Lost, ContactChannel.Chat, "Lost", "amy", "form-a", ct);
        clock.Advance(TimeSpan.FromSeconds(2));
        var repeat = await desk.FileComplaintAsync("ZT0001", ComplaintCategory.Lost, ContactChannel.Chat, " Lost ", "amy", "form-a", ct);
        var edited = await desk.FileComplaintAsync("ZT0001", ComplaintCategory.Lost, ContactChannel.Chat, "Lost for a week", "amy", "form-a", ct);
        var nextForm = await desk.FileComplaintAsync("ZT0001", ComplaintCategory.Lost, ContactChannel.Chat, "Lost", "amy", "form-b", ct);

        Assert.Equal((true, true, false, true), (first.Succeeded, repeat.Succeeded, edited.Succeeded, nextForm.Succeeded));
        Assert.Contains("already logged a different complaint", edited.Error);
        await using var db = Database.NewContext();
        Assert.Equal(["form-a", "form-b"], await db.Complaints.OrderBy(c => c.Id).Select(c => c.IdempotencyKey).ToListAsync(ct));
        Assert.Equal(2, await ComplaintRollupAsync(ct));
    }

    [Theory]
    [InlineData(" ", "cannot be blank")]
    [InlineData("k-101", "too long: 101 characters, at most 100")]
    public async Task A_blank_or_oversized_key_is_refused_and_nothing_is_stored(string key, string message)
    {
        var idempotencyKey = key == "k-101" ? new string('k', ComplaintRules.MaxIdempotencyKeyLength + 1) : key;

        var result = await desk.FileComplaintAsync("ZT0001", ComplaintCategory.Lost, ContactChannel.Chat, "Lost", "amy", idempotencyKey,
            TestContext.Current.CancellationToken);

        await AssertRefusedAsync(result, message);
    }

    [Fact]
    public async Task A_note_is_stored_against_the_parcel_with_who_and_when()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await desk.AddNoteAsync("ZT0001", " Called the courier. ", "amy", ct)).Succeeded);

        await using var db = Database.NewContext();
        var note = await db.ParcelNotes.SingleAsync(ct);
        var parcel = await db.Parcels.SingleAsync(p => p.TrackingNumber == "ZT0001", ct);
        Assert.Equal((parcel.Id, "Called the courier.", "amy", Created.AddHours(5)), (note.ParcelId, note.Text, note.CreatedBy, note.CreatedUtc));
    }

    private async Task AssertRefusedAsync(SupportResult result, string message)
    {
        Assert.False(result.Succeeded);
        Assert.Contains(message, result.Error);
        await AssertNothingStoredAsync();
    }

    private async Task AssertNothingStoredAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Database.NewContext();
        Assert.Equal(0, await db.Complaints.CountAsync(ct));
        Assert.Equal(0, await db.ParcelNotes.CountAsync(ct));
        Assert.Equal(0, await ComplaintRollupAsync(ct));
    }

    private async Task<(long First, long Second)> ComplaintIdsAsync(CancellationToken ct)
    {
        await using var db = Database.NewContext();
        var ids = await db.Complaints.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        return (ids[0], ids[1]);
    }

    private async Task<long> ComplaintRollupAsync(CancellationToken ct)
    {
        await using var db = Database.NewContext();
        return await db.HourlyRollups.SumAsync(r => r.Complaints, ct);
    }

    public override async ValueTask DisposeAsync()
    {
        await pipeline.StopAsync(CancellationToken.None);
        pipeline.Dispose();
        await base.DisposeAsync();
    }
}
