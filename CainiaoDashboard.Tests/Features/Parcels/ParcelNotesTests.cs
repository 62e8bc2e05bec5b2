using Bunit;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;
using TestContext = Xunit.TestContext;

namespace CainiaoDashboard.Tests.Features.Parcels;

public sealed class ParcelNotesTests : MudTestContext
{
    [Fact]
    public async Task An_empty_note_is_refused_with_the_message_and_nothing_is_stored()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-2));
        var added = 0;
        var cut = RenderNotes(data, number, () => added++);

        cut.TextBox("note-text").Input("   ");
        cut.Find("[data-testid=note-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Enter a note: it cannot be empty.", cut.Find("[data-testid=note-error]").TextContent), DatabaseWait);
        Assert.Equal("true", cut.TextBox("note-text").GetAttribute("aria-invalid"));
        Assert.Empty(await NotesAsync(data));
        Assert.Equal(0, added);
    }

    [Fact]
    public async Task A_note_is_stored_under_the_user_announced_and_the_box_cleared()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-2));
        var added = 0;
        var cut = RenderNotes(data, number, () => added++);

        cut.TextBox("note-text").Input("Customer called twice; promised a call-back.");
        cut.Find("[data-testid=note-submit]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("Note added", Snackbars.Markup), DatabaseWait);
        // The snackbar shows before the page's callback has run.
        cut.WaitForAssertion(() => Assert.Equal(1, added), DatabaseWait);
        Assert.Equal([("Customer called twice; promised a call-back.", "amy")], await NotesAsync(data));
        Assert.Equal("", cut.TextBox("note-text").GetAttribute("value") ?? "");
        Assert.Empty(cut.FindAll("[data-testid=note-error]"));
    }

    [Fact]
    public async Task In_chinese_the_form_its_refusal_and_its_announcement_are_in_chinese()
    {
        using var scope = CultureScope.Chinese();
        await using var data = await SupportDatabase.CreateAsync();
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-2));
        var cut = RenderNotes(data, number, () => { });
        Assert.Equal("添加备注", cut.Find("[data-testid=note-submit]").TextContent.Trim());
        Assert.Equal("新备注", cut.Find("label").TextContent.Trim());

        cut.TextBox("note-text").Input(new string('x', 1200));
        cut.Find("[data-testid=note-submit]").Click();
        cut.WaitForAssertion(() => Assert.Equal("备注过长：1,200个字符，最多1,000个。", cut.Find("[data-testid=note-error]").TextContent), DatabaseWait);

        cut.TextBox("note-text").Input("客户来电两次，已承诺回电。");
        cut.Find("[data-testid=note-submit]").Click();
        Snackbars.WaitForAssertion(() => Assert.Contains("备注已添加", Snackbars.Markup), DatabaseWait);
        Assert.Equal([("客户来电两次，已承诺回电。", "amy")], await NotesAsync(data));
    }

    [Fact]
    public async Task Notes_show_when_and_by_whom_in_iso_order_in_either_language()
    {
        await using var data = await SupportDatabase.CreateAsync();
        Services.AddSingleton(data.Desk);
        RenderProviders();
        NoteView[] notes = [new(1, new DateTime(2026, 11, 20, 1, 5, 0, DateTimeKind.Utc), "bo", "Called back.")];
        foreach (var language in new[] { "en-GB", "zh-CN" })
        {
            using var scope = CultureScope.Of(language);
            var cut = Render<ParcelNotes>(p => p
                .Add(n => n.TrackingNumber, "ZT0000000001")
                .Add(n => n.Notes, notes)
                .Add(n => n.Zone, DisplayTimeZones.ChinaStandardTime)
                .Add(n => n.Actor, "amy"));

            Assert.Equal("2026-11-20 09:05 CST · bo", cut.Find("[data-note='1'] small").TextContent);
        }
    }

    private IRenderedComponent<ParcelNotes> RenderNotes(SupportDatabase data, string trackingNumber, Action onAdded)
    {
        Services.AddSingleton(data.Desk);
        RenderProviders();
        return Render<ParcelNotes>(p => p
            .Add(n => n.TrackingNumber, trackingNumber)
            .Add(n => n.Notes, [])
            .Add(n => n.Zone, DisplayTimeZones.ChinaStandardTime)
            .Add(n => n.Actor, "amy")
            .Add(n => n.OnAdded, onAdded));
    }

    private static async Task<List<(string, string)>> NotesAsync(SupportDatabase data)
    {
        await using var db = data.Contexts.CreateDbContext();
        return (await db.ParcelNotes.ToListAsync(TestContext.Current.CancellationToken)).Select(n => (n.Text, n.CreatedBy)).ToList();
    }
}
