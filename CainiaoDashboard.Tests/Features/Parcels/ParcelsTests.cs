using Bunit.TestDoubles;
using Bunit;
using Microsoft.AspNetCore.Components;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;
using MudBlazor;
using ParcelsPage = CainiaoDashboard.Features.Parcels.Parcels;

namespace CainiaoDashboard.Tests.Features.Parcels;

public sealed class ParcelsTests : MudTestContext, IClassFixture<SimulatedDatabase.OnSqlite>
{
    private readonly ParcelListQuery query;

    public ParcelsTests(SimulatedDatabase.OnSqlite data)
    {
        query = data.ListQuery();
        Services.AddSingleton(query);
        Services.AddSingleton(new StoreContents(data.Contexts));
        Services.AddSingleton<TimeProvider>(new ManualTimeProvider(SimulatedDatabase.NowUtc));
        Services.AddScoped<PersonalDataAccess>();
        AddAuthorization().SetAuthorized("lin").SetRoles(Roles.Support);
    }

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    [Fact]
    public void The_page_reads_every_key_of_the_filter_from_the_address()
    {
        var read = typeof(ParcelsPage).GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(SupplyParameterFromQueryAttribute), false).OfType<SupplyParameterFromQueryAttribute>().SingleOrDefault()?.Name)
            .OfType<string>();

        Assert.Equal(ParcelListFilter.Keys.Order(), read.Order());
    }

    [Fact]
    public async Task The_address_decides_the_list_and_values_it_cannot_read_are_explained()
    {
        var late = ParcelListFilter.All with { View = ParcelView.Late };
        var expected = await query.PageAsync(late, ParcelSort.Default, false, 0, 25, SimulatedDatabase.NowUtc, true, Xunit.TestContext.Current.CancellationToken);
        Navigation.NavigateTo("parcels?view=late&carrier=DHL&promised-to=2026-13-01");

        var cut = Render<ParcelsPage>();

        Assert.Equal("Late (past promise, not delivered)", cut.Find("[data-testid=view-label]").TextContent);
        Assert.Equal(
            ["Unknown carrier \"DHL\" in the address was ignored.", "The date promised-to=\"2026-13-01\" in the address was ignored; write dates as YYYY-MM-DD."],
            cut.FindAll("[data-testid=filter-problem]").Select(p => p.TextContent.Trim()));
        cut.WaitForAssertion(() => Assert.Equal(
            expected.Rows.Select(r => r.TrackingNumber),
            cut.FindAll("a[data-tracking]").Select(a => a.GetAttribute("data-tracking"))), DatabaseWait);
    }

    [Fact]
    public async Task A_chosen_filter_is_written_to_the_address_and_the_list_follows_it()
    {
        var lateSto = ParcelListFilter.All with { View = ParcelView.Late, CarrierId = Sto };
        var expected = await query.CountAsync(lateSto, SimulatedDatabase.NowUtc, Xunit.TestContext.Current.CancellationToken);
        Navigation.NavigateTo("parcels?view=late&tz=NY");
        var cut = Render<ParcelsPage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("a[data-tracking]")), DatabaseWait);

        cut.Find("input[data-testid=filter-carrier]").Closest(".mud-input-control")!.MouseDown();
        // The page is an interactive island and brings MudBlazor's providers with it.
        cut.FindComponent<MudPopoverProvider>().WaitForElement(".mud-popover-open .mud-list-item:contains('STO Express (Shentong)')").Click();

        Assert.Equal("http://localhost/parcels?view=late&tz=NY&carrier=STO", Navigation.Uri);
        cut.WaitForAssertion(() => Assert.Equal(expected.ToString(), cut.Find("[data-testid=parcel-count]").GetAttribute("data-count")), DatabaseWait);
        Assert.Equal("Times in New York", cut.Find(".page-heading .as-of").TextContent);
    }

    [Fact]
    public void In_chinese_the_heading_the_view_the_zone_and_what_the_address_got_wrong_are_in_chinese()
    {
        using var scope = CultureScope.Chinese();
        Navigation.NavigateTo("parcels?view=late&carrier=DHL&promised-to=2026-13-01&tz=NY");

        var cut = Render<ParcelsPage>();

        Assert.Equal("包裹 已逾期（超过承诺时间，未签收）", cut.Find("h1").TextContent.Trim());
        Assert.Equal("时区：纽约时间", cut.Find(".page-heading .as-of").TextContent);
        Assert.Equal(
            ["地址中的承运商“DHL”无法识别，已忽略。", "地址中的日期 promised-to=“2026-13-01”无法识别，已忽略；日期请写作 YYYY-MM-DD。"],
            cut.FindAll("[data-testid=filter-problem]").Select(p => p.TextContent.Trim()));
        Assert.Equal("纽约时间", cut.Find("input[data-testid=filter-zone]").GetAttribute("value"));
    }

    [Fact]
    public void Clear_filters_leaves_only_the_time_zone_in_the_address()
    {
        Navigation.NavigateTo("parcels?view=stalled&carrier=ZTO&created-from=2026-11-10&tz=SIN");
        var cut = Render<ParcelsPage>();

        cut.Find("button[data-testid=filter-clear]").Click();

        Assert.Equal("http://localhost/parcels?tz=SIN", Navigation.Uri);
        Assert.Equal("All parcels", cut.Find("[data-testid=view-label]").TextContent);
    }
}
