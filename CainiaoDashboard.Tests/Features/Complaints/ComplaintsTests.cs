using Bunit.TestDoubles;
using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;
using MudBlazor;
using ComplaintsPage = CainiaoDashboard.Features.Complaints.Complaints;

namespace CainiaoDashboard.Tests.Features.Complaints;

/// <summary>The address decides what <c>/complaints</c> shows: filters, their warnings, counts and rows agree.</summary>
public sealed class ComplaintsTests : MudTestContext
{
    [Fact]
    public async Task Filters_from_the_address_drive_the_selects_the_counts_and_the_rows_and_unreadable_ones_are_named()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var now = DateTime.UtcNow;
        var zto = await data.RegisterParcelAsync(now.AddDays(-3));
        var sto = await data.RegisterParcelAsync(now.AddDays(-3), ReferenceIds.Sto);
        await data.FileComplaintAsync(zto, ComplaintCategory.Lost, now.AddHours(-30), "ZTO lost");
        await data.FileComplaintAsync(zto, ComplaintCategory.Damaged, now.AddHours(-3), "ZTO damaged");
        await data.FileComplaintAsync(sto, ComplaintCategory.Lost, now.AddHours(-2), "STO lost");

        var cut = RenderPage(data, "complaints?carrier=zto&state=pending&valid=yes");

        Assert.Equal(["Unknown complaint state \"pending\" in the address was ignored."],
            cut.FindAll("[data-testid=filter-problem]").Select(a => a.TextContent.Trim()));
        Assert.Equal("ZTO Express (Zhongtong)", cut.Shown("complaint-filter-carrier"));
        Assert.Equal("Any state", cut.Shown("complaint-filter-state"));
        Assert.Equal("Valid", cut.Shown("complaint-filter-valid"));
        Assert.Equal("2", cut.Find("[data-testid=complaint-total]").TextContent);
        Assert.Equal("1 open longer than 24 h", cut.Find("[data-testid=complaint-overdue]").TextContent);
        Assert.Equal("1", cut.Find("[data-category=Lost] td").TextContent);
        Assert.Equal("0", cut.Find("[data-carrier=STO] td").TextContent);
        cut.WaitForAssertion(() => Assert.Equal(["ZTO damaged", "ZTO lost"], cut.FindAll(".complaint-text-cell").Select(c => c.TextContent)), DatabaseWait);
    }

    [Theory]
    [InlineData("en-GB", "Complaints", "Times in China Standard Time (Beijing)", "Unknown carrier \"DHL\" in the address was ignored.", "Any state")]
    [InlineData("zh-CN", "投诉", "时间为北京时间", "地址中的承运商“DHL”无法识别，已忽略。", "全部状态")]
    public async Task The_page_speaks_the_readers_language(string language, string title, string zone, string problem, string anyState)
    {
        using var culture = CultureScope.Of(language);
        await using var data = await SupportDatabase.CreateAsync();

        var cut = RenderPage(data, "complaints?carrier=DHL");

        Assert.Equal(title, cut.Find("h1").TextContent);
        Assert.StartsWith(zone, cut.Find(".as-of").TextContent);
        Assert.Equal([problem], cut.FindAll("[data-testid=filter-problem]").Select(a => a.TextContent.Trim()));
        Assert.Equal(anyState, cut.Shown("complaint-filter-state"));
        Assert.Equal("0", cut.Find("[data-testid=complaint-total]").TextContent);
    }

    [Fact]
    public async Task Choosing_a_state_puts_it_in_the_address_and_the_page_follows()
    {
        await using var data = await SupportDatabase.CreateAsync();
        var now = DateTime.UtcNow;
        var number = await data.RegisterParcelAsync(now.AddDays(-1));
        await data.FileComplaintAsync(number, ComplaintCategory.Lost, now.AddHours(-3), "Still open");
        var done = await data.FileComplaintAsync(number, ComplaintCategory.Lost, now.AddHours(-2), "Sorted out");
        Assert.True((await data.Desk.ChangeComplaintAsync(done, ComplaintState.Resolved, true, "bo", Xunit.TestContext.Current.CancellationToken)).Succeeded);
        var cut = RenderPage(data, "complaints");
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll(".complaint-text-cell").Count), DatabaseWait);

        // The page is an interactive island and brings MudBlazor's providers with it.
        cut.FindComponent<MudPopoverProvider>().Choose(cut, "complaint-filter-state", "Resolved");

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        cut.WaitForAssertion(() => Assert.Equal(navigation.BaseUri + "complaints?state=Resolved", navigation.Uri), DatabaseWait);
        cut.WaitForAssertion(() => Assert.Equal(["Sorted out"], cut.FindAll(".complaint-text-cell").Select(c => c.TextContent)), DatabaseWait);
        Assert.Equal("1", cut.Find("[data-testid=complaint-total]").TextContent);
    }

    private IRenderedComponent<ComplaintsPage> RenderPage(SupportDatabase data, string address)
    {
        Services.AddSingleton(data.ComplaintQuery());
        Services.AddSingleton(new StoreContents(data.Contexts));
        Services.AddSingleton(data.Clock);
        Services.AddScoped<PersonalDataAccess>();
        var auth = AddAuthorization();
        auth.SetAuthorized("amy");
        auth.SetRoles(Roles.Support);
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(address);
        return Render<ComplaintsPage>();
    }
}
