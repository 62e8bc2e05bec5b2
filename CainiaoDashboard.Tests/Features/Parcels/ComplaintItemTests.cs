using System.Globalization;
using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;
using TestContext = Xunit.TestContext;

namespace CainiaoDashboard.Tests.Features.Parcels;

/// <summary>Saves go through the real <see cref="CainiaoDashboard.Ingest.SupportDesk"/> into a fresh SQLite file.</summary>
public sealed class ComplaintItemTests : MudTestContext
{
    [Fact]
    public async Task Save_stays_disabled_until_the_state_or_validity_differs_from_the_stored_one()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var (cut, _) = await RenderOpenComplaintAsync(data, () => { });
        var save = () => cut.Find("[data-testid=complaint-edit-save]");

        Assert.True(save().HasAttribute("disabled"));
        Popovers.Choose(cut, "complaint-edit-state", "In progress");
        Assert.False(save().HasAttribute("disabled"));
        Popovers.Choose(cut, "complaint-edit-state", "Open");
        Assert.True(save().HasAttribute("disabled"));
        cut.Find("[data-testid=complaint-edit-valid]").Change(false);
        Assert.False(save().HasAttribute("disabled"));
    }

    [Fact]
    public async Task Taking_up_a_complaint_saves_the_chosen_state_at_once_with_who_and_a_snackbar()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var changed = 0;
        var (cut, id) = await RenderOpenComplaintAsync(data, () => changed++);

        Popovers.Choose(cut, "complaint-edit-state", "In progress");
        cut.Find("[data-testid=complaint-edit-save]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("Complaint saved: Open → In progress", Snackbars.Markup), DatabaseWait);
        Assert.Empty(Dialogs.FindAll(".mud-dialog"));
        // The snackbar shows before the page's callback runs on the renderer's dispatcher.
        cut.WaitForAssertion(() => Assert.Equal(1, changed), DatabaseWait);
        Assert.Equal([("amy", ComplaintState.Open, ComplaintState.InProgress, true, true)], await ChangesAsync(data, id));
    }

    [Fact]
    public async Task Rejecting_and_marking_not_valid_asks_first_and_cancel_stores_nothing()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var changed = 0;
        var (cut, id) = await RenderOpenComplaintAsync(data, () => changed++);

        SaveAsRejectedAndNotValid(cut);

        var dialog = Dialogs.WaitForElement(".mud-dialog");
        Assert.Contains("Open → Rejected, marked not valid", dialog.TextContent);
        Assert.Contains("leaves the open complaints queue", dialog.TextContent);
        Assert.Contains("stops counting in the complaint KPIs", dialog.TextContent);
        Dialogs.Find("[data-testid=complaint-change-cancel]").Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Empty(await ChangesAsync(data, id));
        Assert.Equal(0, changed);
        // The choice is kept, so the user can adjust it and save again.
        Assert.Equal("Rejected", cut.Shown("complaint-edit-state"));
    }

    [Fact]
    public async Task Confirming_saves_the_chosen_state_and_validity_and_says_so()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var changed = 0;
        var (cut, id) = await RenderOpenComplaintAsync(data, () => changed++);

        SaveAsRejectedAndNotValid(cut);
        Dialogs.WaitForElement("[data-testid=complaint-change-confirm]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("Complaint saved: Open → Rejected, marked not valid", Snackbars.Markup), DatabaseWait);
        cut.WaitForAssertion(() => Assert.Equal(1, changed), DatabaseWait);
        Assert.Equal([("amy", ComplaintState.Open, ComplaintState.Rejected, true, false)], await ChangesAsync(data, id));
    }

    [Fact]
    public async Task Shows_the_history_in_the_page_zone_and_culture_with_who_changed_what()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var opened = new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc);
        var complaint = new ComplaintView(7, ComplaintCategory.Lost, ContactChannel.Email, "Never arrived", ComplaintState.Resolved, false,
            opened, "amy", opened.AddHours(3), "bo",
            [new ComplaintHistoryEntry(opened.AddHours(3), "bo", ComplaintState.Open, ComplaintState.Resolved, true, false)]);
        Services.AddSingleton(data.Desk);
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = DashboardCulture.Default;
        try
        {
            var cut = Render<ComplaintItem>(p => p.Add(c => c.Complaint, complaint).Add(c => c.Zone, DisplayTimeZones.ChinaStandardTime).Add(c => c.Actor, "amy"));

            Assert.Equal("Resolved", cut.Find("[data-testid=complaint-state]").TextContent);
            Assert.Equal("not valid", cut.Find(".complaint-invalid").TextContent);
            Assert.Equal("2026-11-20 12:00 CST · bo: Open → Resolved, marked not valid", cut.Find("[data-testid=complaint-change]").TextContent);
            Assert.False(cut.Find("[data-testid=complaint-edit-valid]").HasAttribute("checked"));
            Assert.Equal("Resolved", cut.Shown("complaint-edit-state"));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public async Task In_chinese_the_complaint_its_history_and_the_choices_are_in_chinese_with_times_in_iso_order()
    {
        using var scope = CultureScope.Chinese();
        await using var data = await SupportDatabase.CreateAsync();
        var opened = new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc);
        var complaint = new ComplaintView(7, ComplaintCategory.Lost, ContactChannel.Email, "Never arrived", ComplaintState.Resolved, false,
            opened, "amy", opened.AddHours(3), "bo",
            [new ComplaintHistoryEntry(opened.AddHours(3), "bo", ComplaintState.Open, ComplaintState.Resolved, true, false)]);
        Services.AddSingleton(data.Desk);
        RenderProviders();

        var cut = Render<ComplaintItem>(p => p.Add(c => c.Complaint, complaint).Add(c => c.Zone, DisplayTimeZones.ChinaStandardTime).Add(c => c.Actor, "amy"));

        Assert.Equal("丢失", cut.Find(".complaint-head strong").TextContent);
        Assert.Equal("已解决", cut.Find("[data-testid=complaint-state]").TextContent);
        Assert.Equal("无效", cut.Find(".complaint-invalid").TextContent);
        Assert.Equal("来自邮件 · amy于2026-11-20 09:00 CST登记", cut.Find(".complaint-head small").TextContent);
        Assert.Equal("2026-11-20 12:00 CST · bo：待处理 → 已解决，标记为无效", cut.Find("[data-testid=complaint-change]").TextContent);
        Assert.Equal("已解决", cut.Shown("complaint-edit-state"));
        Assert.Equal("保存", cut.Find("[data-testid=complaint-edit-save]").TextContent.Trim());
        Assert.Equal("修改投诉7", cut.Find(".complaint-edit").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task In_chinese_rejecting_and_marking_not_valid_asks_in_chinese_and_saves_with_a_chinese_announcement()
    {
        using var scope = CultureScope.Chinese();
        await using var data = await SupportDatabase.CreateAsync();
        var changed = 0;
        var (cut, id) = await RenderOpenComplaintAsync(data, () => changed++);

        Popovers.Choose(cut, "complaint-edit-state", "已驳回");
        cut.Find("[data-testid=complaint-edit-valid]").Change(false);
        cut.Find("[data-testid=complaint-edit-save]").Click();

        var dialog = Dialogs.WaitForElement(".mud-dialog");
        Assert.Contains("保存此修改？", dialog.TextContent);
        Assert.Contains("待处理 → 已驳回，标记为无效", dialog.TextContent);
        Assert.Contains("已驳回：该投诉将移出未结投诉队列，不再计为超时。", dialog.TextContent);
        Assert.Contains("无效：该投诉不再计入投诉 KPI，包括其登记时所在的小时。", dialog.TextContent);
        Assert.Equal("取消", Dialogs.Find("[data-testid=complaint-change-cancel]").TextContent.Trim());
        Dialogs.Find("[data-testid=complaint-change-confirm]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains("投诉已保存：待处理 → 已驳回，标记为无效", Snackbars.Markup), DatabaseWait);
        cut.WaitForAssertion(() => Assert.Equal(1, changed), DatabaseWait);
        Assert.Equal([("amy", ComplaintState.Open, ComplaintState.Rejected, true, false)], await ChangesAsync(data, id));
    }

    private async Task<(IRenderedComponent<ComplaintItem> Cut, long Id)> RenderOpenComplaintAsync(SupportDatabase data, Action onChanged)
    {
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-2));
        var id = await data.FileComplaintAsync(number, ComplaintCategory.Lost, DateTime.UtcNow.AddHours(-1), "Never arrived");
        var complaint = (await data.DetailQuery().GetAsync(number, DateTime.UtcNow, true, TestContext.Current.CancellationToken))!.Complaints.Single();
        Services.AddSingleton(data.Desk);
        RenderProviders();
        var cut = Render<ComplaintItem>(p => p
            .Add(c => c.Complaint, complaint)
            .Add(c => c.Zone, DisplayTimeZones.ChinaStandardTime)
            .Add(c => c.Actor, "amy")
            .Add(c => c.OnChanged, onChanged));
        return (cut, id);
    }

    /// <summary>Chooses Rejected, unticks Valid and presses Save, which asks before storing.</summary>
    private void SaveAsRejectedAndNotValid(IRenderedComponent<ComplaintItem> cut)
    {
        Popovers.Choose(cut, "complaint-edit-state", "Rejected");
        cut.Find("[data-testid=complaint-edit-valid]").Change(false);
        cut.Find("[data-testid=complaint-edit-save]").Click();
    }

    private static async Task<List<(string, ComplaintState, ComplaintState, bool, bool)>> ChangesAsync(SupportDatabase data, long complaintId)
    {
        await using var db = data.Contexts.CreateDbContext();
        return (await db.ComplaintChanges.Where(c => c.ComplaintId == complaintId).ToListAsync(TestContext.Current.CancellationToken))
            .Select(c => (c.ChangedBy, c.FromState, c.ToState, c.FromValid, c.ToValid)).ToList();
    }
}
