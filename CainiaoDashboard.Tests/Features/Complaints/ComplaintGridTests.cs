using AngleSharp.Dom;
using Bunit;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Complaints;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;
using TestContext = Xunit.TestContext;

namespace CainiaoDashboard.Tests.Features.Complaints;

/// <summary>The grid reads through the real <see cref="ComplaintListQuery"/> from a fresh SQLite file or PostgreSQL database.</summary>
public abstract class ComplaintGridTests(DatabaseProvider provider) : MudTestContext
{
    public sealed class OnSqlite() : ComplaintGridTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : ComplaintGridTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Shows_the_filtered_complaints_newest_first_and_marks_those_open_longer_than_a_day_in_words()
    {
        await using var data = await SupportDatabase.CreateAsync(provider: provider);
        var now = DateTime.UtcNow;
        var number = await data.RegisterParcelAsync(now.AddDays(-3));
        var old = await data.FileComplaintAsync(number, ComplaintCategory.Lost, now.AddHours(-30), "Lost for days");
        var fresh = await data.FileComplaintAsync(number, ComplaintCategory.Damaged, now.AddHours(-2), "Box crushed");
        var resolved = await data.FileComplaintAsync(number, ComplaintCategory.Lost, now.AddHours(-1), "Found it");
        Assert.True((await data.Desk.ChangeComplaintAsync(resolved, ComplaintState.Resolved, true, "bo", TestContext.Current.CancellationToken)).Succeeded);

        var cut = RenderGrid(data, ComplaintListFilter.Parse("unresolved", null, null, null).Filter, Roles.Support);

        cut.WaitForAssertion(() => Assert.Equal([fresh.ToString(), old.ToString()], Rows(cut).Select(r => r.QuerySelector("[data-complaint]")!.GetAttribute("data-complaint"))), DatabaseWait);
        Assert.Equal("2", cut.Find("[data-testid=complaint-count]").GetAttribute("data-count"));
        var (freshRow, oldRow) = (Rows(cut)[0], Rows(cut)[1]);
        Assert.Empty(freshRow.QuerySelectorAll("[data-testid=complaint-overdue-tag]"));
        Assert.DoesNotContain("row-overdue", freshRow.ClassList);
        Assert.Equal("over 24 h", oldRow.QuerySelector("[data-testid=complaint-overdue-tag]")!.TextContent);
        Assert.Contains("row-overdue", oldRow.ClassList);
        Assert.Equal($"/parcels/{number}", oldRow.QuerySelector("a[data-tracking]")!.GetAttribute("href"));
        Assert.Contains("Lost for days", oldRow.TextContent);
    }

    [Fact]
    public async Task Pages_are_read_from_the_server_twenty_five_at_a_time_and_a_new_filter_starts_again_at_its_first_page()
    {
        await using var data = await SupportDatabase.CreateAsync(provider: provider);
        var now = DateTime.UtcNow;
        var zto = await data.RegisterParcelAsync(now.AddDays(-2));
        var sto = await data.RegisterParcelAsync(now.AddDays(-2), ReferenceIds.Sto);
        await data.FileComplaintsAsync(zto, 30, now.AddHours(-1), "ZTO complaint");
        await data.FileComplaintsAsync(sto, 3, now.AddHours(-5), "STO complaint");
        var cut = RenderGrid(data, ComplaintListFilter.Parse(null, null, "ZTO", null).Filter, Roles.Support);

        cut.WaitForAssertion(() => Assert.Equal(25, Rows(cut).Count), DatabaseWait);
        Assert.Equal("ZTO complaint 30", Description(Rows(cut)[0]));
        Assert.Equal("ZTO complaint 6", Description(Rows(cut)[24]));
        Assert.Contains("1-25 of 30", cut.Markup);

        cut.Find("button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Equal(["ZTO complaint 5", "ZTO complaint 4", "ZTO complaint 3", "ZTO complaint 2", "ZTO complaint 1"],
            Rows(cut).Select(Description)), DatabaseWait);

        cut.Render(p => p.Add(g => g.Filter, ComplaintListFilter.Parse(null, null, "STO", null).Filter));
        cut.WaitForAssertion(() => Assert.Equal(["STO complaint 3", "STO complaint 2", "STO complaint 1"], Rows(cut).Select(Description)), DatabaseWait);
        Assert.Contains("1-3 of 3", cut.Markup);
    }

    [Fact]
    public async Task A_role_without_the_personal_data_right_gets_masked_descriptions()
    {
        await using var data = await SupportDatabase.CreateAsync(provider: provider);
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddDays(-1));
        await data.FileComplaintAsync(number, ComplaintCategory.Other, DateTime.UtcNow.AddHours(-1), "Call Mrs Li on +86 138 0000 0000");

        var cut = RenderGrid(data, new ComplaintListFilter(), Roles.Manager);

        cut.WaitForAssertion(() => Assert.Equal([PersonalDataAccess.Hidden], Rows(cut).Select(Description)), DatabaseWait);
        Assert.DoesNotContain("+86 138", cut.Markup);
    }

    [Theory]
    [InlineData("en-GB", "Opened|Parcel|Carrier|Category|State|Description|Last change", "No complaints match these filters.", "Show or hide columns")]
    [InlineData("zh-CN", "投诉时间|运单号|承运商|类别|状态|投诉内容|最近更新", "没有符合筛选条件的投诉。", "显示或隐藏列")]
    public async Task The_least_used_column_starts_hidden_and_the_columns_panel_has_a_named_button(string language, string headers, string empty, string columns)
    {
        using var culture = CultureScope.Of(language);
        await using var data = await SupportDatabase.CreateAsync(provider: provider);

        var cut = RenderGrid(data, new ComplaintListFilter(), Roles.Support);

        cut.WaitForAssertion(() => Assert.Contains(empty, cut.Find("[data-testid=complaint-grid-empty]").TextContent), DatabaseWait);
        Assert.Equal(headers.Split('|'), cut.FindAll("thead .column-header").Select(h => h.TextContent.Trim()));
        Assert.Equal(columns, cut.Find("[data-testid=complaint-columns]").GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("en-GB", "1 complaints, newest first", "Lost", "Open", "over 24 h", "not valid", "1-1 of 1", "Rows per page:")]
    [InlineData("zh-CN", "共1条投诉，最新在前", "丢失", "待处理", "超24小时", "无效", "1-1，共1条", "每页行数：")]
    public async Task A_row_reads_in_the_readers_language_with_its_times_in_iso_form(
        string language, string count, string category, string state, string overdue, string invalid, string pages, string rowsPerPage)
    {
        using var culture = CultureScope.Of(language);
        await using var data = await SupportDatabase.CreateAsync(provider: provider);
        var opened = new DateTime(2026, 11, 28, 1, 30, 0, DateTimeKind.Utc);
        var number = await data.RegisterParcelAsync(opened.AddDays(-1));
        var id = await data.FileComplaintAsync(number, ComplaintCategory.Lost, opened, "Lost for days");
        Assert.True((await data.Desk.ChangeComplaintAsync(id, ComplaintState.Open, false, "bo", TestContext.Current.CancellationToken)).Succeeded);

        var cut = RenderGrid(data, new ComplaintListFilter(), Roles.Support);

        cut.WaitForAssertion(() => Assert.Single(Rows(cut)), DatabaseWait);
        var cells = Rows(cut)[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("2026-11-28 09:30 CST", cells[0]);
        Assert.Equal(category, cells[3]);
        Assert.Equal(state, Rows(cut)[0].QuerySelector("[data-testid=complaint-row-state]")!.TextContent);
        Assert.Equal(overdue, Rows(cut)[0].QuerySelector("[data-testid=complaint-overdue-tag]")!.TextContent);
        Assert.Equal(invalid, Rows(cut)[0].QuerySelector(".complaint-invalid")!.TextContent);
        Assert.Equal(count, cut.Find("[data-testid=complaint-count]").TextContent.Trim());
        Assert.Contains(pages, cut.Markup);
        Assert.Contains(rowsPerPage, cut.Markup);
    }

    private static IReadOnlyList<IElement> Rows(IRenderedComponent<ComplaintGrid> cut) =>
        cut.FindAll("tbody tr.mud-table-row").Where(r => r.QuerySelector("[data-complaint]") is not null).ToList();

    private static string Description(IElement row) => row.QuerySelector(".complaint-text-cell")!.TextContent;

    private IRenderedComponent<ComplaintGrid> RenderGrid(SupportDatabase data, ComplaintListFilter filter, string role)
    {
        Services.AddSingleton(data.ComplaintQuery());
        Services.AddSingleton(data.Clock);
        Services.AddScoped<PersonalDataAccess>();
        var auth = AddAuthorization();
        auth.SetAuthorized("amy");
        auth.SetRoles(role);
        RenderProviders();
        return Render<ComplaintGrid>(p => p.Add(g => g.Filter, filter).Add(g => g.Zone, DisplayTimeZones.ChinaStandardTime));
    }
}
