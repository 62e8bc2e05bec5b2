using System.Globalization;
using Bunit;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Parcels;

public sealed class ParcelGridTests : MudTestContext, IClassFixture<SimulatedDatabase.OnSqlite>
{
    private static readonly DateTime Now = SimulatedDatabase.NowUtc;
    private readonly ParcelListQuery query;

    public ParcelGridTests(SimulatedDatabase.OnSqlite data)
    {
        query = data.ListQuery();
        Services.AddSingleton(query);
        Services.AddSingleton<TimeProvider>(new ManualTimeProvider(Now));
        Services.AddScoped<PersonalDataAccess>();
        AddAuthorization().SetAuthorized("lin").SetRoles(Roles.Support);
        RenderProviders();
    }

    [Theory]
    [InlineData("en-GB", new[] { "Tracking number", "Carrier", "Status", "Lateness", "Promised", "Last scan" }, "{0} parcels", "1-25 of {0}")]
    [InlineData("zh-CN", new[] { "运单号", "承运商", "状态", "逾期情况", "承诺时间", "最近扫描" }, "共{0}个包裹", "第1-25条，共{0}条")]
    public async Task The_first_page_shows_the_most_useful_columns_in_the_readers_language_and_links_each_parcel_to_its_page(
        string language, string[] headers, string countText, string pagerText)
    {
        using var scope = CultureScope.Of(language);
        var expected = await query.PageAsync(ParcelListFilter.All, ParcelSort.Default, false, 0, 25, Now, true, Xunit.TestContext.Current.CancellationToken);

        var cut = RenderGrid(ParcelListFilter.All);

        cut.WaitForAssertion(() => Assert.Equal(Numbers(expected), ShownNumbers(cut)), DatabaseWait);
        Assert.Equal(headers, Headers(cut));
        Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), cut.Find("[data-testid=parcel-count]").GetAttribute("data-count"));
        // Thousands grouped in either language; the date in ISO order and 24-hour time, in the page's zone.
        Assert.True(expected.Count >= 1000);
        var grouped = $"{expected.Count / 1000},{expected.Count % 1000:000}";
        Assert.Equal(string.Format(countText, grouped), cut.Find("[data-testid=parcel-count]").TextContent);
        Assert.Contains(string.Format(pagerText, grouped), cut.Find(".mud-table-pagination").TextContent);
        var first = expected.Rows[0];
        Assert.Equal($"/parcels/{first.TrackingNumber}", cut.Find($"a[data-tracking='{first.TrackingNumber}']").GetAttribute("href"));
        var promised = first.PromisedUtc.AddHours(8).ToString("yyyy'-'MM'-'dd HH':'mm", CultureInfo.InvariantCulture) + " CST";
        Assert.Contains(promised, Row(cut, 0));
        Assert.Contains(ParcelLabel(first, language), Row(cut, 0));
        var export = cut.FindComponent<CsvExportButton>().Instance;
        Assert.Equal(($"/exports/parcels.csv?lang={language}", expected.Count), (export.Href, export.Total));
    }

    [Fact]
    public void Nothing_matching_says_so_in_chinese_and_the_stalled_tag_and_tooltips_are_worded_too()
    {
        using var scope = CultureScope.Chinese();

        var empty = RenderGrid(ParcelListFilter.All with { CreatedFrom = new DateOnly(2031, 1, 1) });
        empty.WaitForAssertion(() => Assert.Equal("没有符合筛选条件的包裹。", empty.Find("[data-testid=parcel-empty]").TextContent), DatabaseWait);
        Assert.Equal("显示或隐藏列", empty.Find("[data-testid=parcel-columns]").GetAttribute("aria-label"));
        Assert.Equal("包裹", empty.Find("table").GetAttribute("aria-label"));
        Assert.Contains("每页行数：", empty.Find(".mud-table-pagination").TextContent);

        var stalled = RenderGrid(ParcelListFilter.All with { View = ParcelView.Stalled });
        stalled.WaitForAssertion(() => Assert.NotEmpty(stalled.FindAll(".stalled-tag")), DatabaseWait);
        Assert.All(stalled.FindAll(".stalled-tag"), tag => Assert.Equal("滞留", tag.TextContent));
    }

    [Fact]
    public void A_late_rows_party_is_named_and_explained_in_chinese()
    {
        using var scope = CultureScope.Chinese();

        var cut = RenderGrid(ParcelListFilter.All with { View = ParcelView.Late });

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=late-party]")), DatabaseWait);
        var tag = cut.FindAll("[data-testid=late-party]")[0];
        Assert.Contains(tag.TextContent, new[] { "发件人", "快递公司", "交接合作承运商", "海关", "收件人", "天气" });
        Assert.StartsWith("责任方：", tag.GetAttribute("title"));
        Assert.DoesNotMatch("[A-Za-z]", tag.GetAttribute("title")!);
    }

    [Fact]
    public async Task A_sorted_header_asks_the_query_for_that_order_and_a_second_click_reverses_it()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var late = ParcelListFilter.All with { View = ParcelView.Late };
        var ascending = await query.PageAsync(late, ParcelSort.Promised, false, 0, 25, Now, true, ct);
        var descending = await query.PageAsync(late, ParcelSort.Promised, true, 0, 25, Now, true, ct);
        var byNumber = await query.PageAsync(late, ParcelSort.TrackingNumber, false, 0, 25, Now, true, ct);
        Assert.NotEqual(Numbers(ascending), Numbers(descending));
        var cut = RenderGrid(late);
        cut.WaitForAssertion(() => Assert.NotEmpty(ShownNumbers(cut)), DatabaseWait);

        SortBy(cut, "Promised");
        cut.WaitForAssertion(() => Assert.Equal(Numbers(ascending), ShownNumbers(cut)), DatabaseWait);
        SortBy(cut, "Promised");
        cut.WaitForAssertion(() => Assert.Equal(Numbers(descending), ShownNumbers(cut)), DatabaseWait);
        SortBy(cut, "Tracking number");
        cut.WaitForAssertion(() => Assert.Equal(Numbers(byNumber), ShownNumbers(cut)), DatabaseWait);
    }

    [Fact]
    public async Task New_filters_go_back_to_the_first_page()
    {
        var ct = Xunit.TestContext.Current.CancellationToken;
        var all = await query.PageAsync(ParcelListFilter.All, ParcelSort.Default, false, 25, 25, Now, true, ct);
        var zto = ParcelListFilter.All with { CarrierId = Zto };
        var ztoFirst = await query.PageAsync(zto, ParcelSort.Default, false, 0, 25, Now, true, ct);
        var cut = RenderGrid(ParcelListFilter.All);
        cut.WaitForAssertion(() => Assert.NotEmpty(ShownNumbers(cut)), DatabaseWait);

        cut.Find("button[aria-label='Next page']").Click();
        cut.WaitForAssertion(() => Assert.Equal(Numbers(all), ShownNumbers(cut)), DatabaseWait);
        cut.Render(p => p.Add(g => g.Filter, zto));

        cut.WaitForAssertion(() => Assert.Equal(Numbers(ztoFirst), ShownNumbers(cut)), DatabaseWait);
        Assert.Contains($"1-25 of {ztoFirst.Count:N0}", cut.Find(".mud-table-pagination").TextContent);
        Assert.Equal(ztoFirst.Count.ToString(), cut.Find("[data-testid=parcel-count]").GetAttribute("data-count"));
    }

    [Fact]
    public void Hidden_columns_can_be_shown_from_the_columns_panel()
    {
        var cut = RenderGrid(ParcelListFilter.All);
        cut.WaitForAssertion(() => Assert.NotEmpty(ShownNumbers(cut)), DatabaseWait);
        Assert.DoesNotContain("Service", Headers(cut));

        var button = cut.Find("[data-testid=parcel-columns]");
        Assert.Equal("Show or hide columns", button.GetAttribute("aria-label"));
        button.Click();
        var service = Popovers.WaitForElement(".mud-data-grid-columns-panel label:contains('Service') input[role=switch]");
        Assert.Equal("false", service.GetAttribute("aria-checked"));
        service.Change(true);

        cut.WaitForAssertion(() => Assert.Equal(["Tracking number", "Carrier", "Service", "Status", "Lateness", "Promised", "Last scan"], Headers(cut)));
        Assert.Contains(cut.FindAll("td[data-label=Service]"), td => td.TextContent.Trim().Length > 0);
    }

    [Fact]
    public void Nothing_matching_says_so()
    {
        var cut = RenderGrid(ParcelListFilter.All with { CreatedFrom = new DateOnly(2031, 1, 1) });

        cut.WaitForAssertion(() => Assert.Equal("No parcels match these filters.", cut.Find("[data-testid=parcel-empty]").TextContent), DatabaseWait);
        Assert.Empty(cut.FindAll("[data-testid=parcel-loading]"));
        Assert.Equal("0", cut.Find("[data-testid=parcel-count]").GetAttribute("data-count"));
    }

    [Fact]
    public async Task Another_time_zone_shows_its_times_and_keeps_it_on_the_parcel_links()
    {
        using var scope = CultureScope.English();
        var newYork = ParcelListFilter.All with { Zone = DisplayTimeZones.FromKey("NY") };
        var expected = await query.PageAsync(newYork, ParcelSort.Default, false, 0, 25, Now, true, Xunit.TestContext.Current.CancellationToken);

        var cut = RenderGrid(newYork);

        cut.WaitForAssertion(() => Assert.Equal(Numbers(expected), ShownNumbers(cut)), DatabaseWait);
        var first = expected.Rows[0];
        Assert.Equal($"/parcels/{first.TrackingNumber}?tz=NY", cut.Find($"a[data-tracking='{first.TrackingNumber}']").GetAttribute("href"));
        Assert.Contains(newYork.Zone.FormatDateTime(first.PromisedUtc), Row(cut, 0));
        Assert.Equal("/exports/parcels.csv?tz=NY&lang=en-GB", cut.FindComponent<CsvExportButton>().Instance.Href);
    }

    /// <summary>The status of a row as each language names it (the shared words).</summary>
    private static string ParcelLabel(ParcelRow row, string language) => language == "en-GB" ? StatusLabels.English(row.Status, row.SubStatus) : row.StatusLabel;

    private IRenderedComponent<ParcelGrid> RenderGrid(ParcelListFilter filter) => Render<ParcelGrid>(p => p.Add(g => g.Filter, filter));

    private static void SortBy(IRenderedComponent<ParcelGrid> cut, string title) =>
        cut.FindAll(".sortable-column-header").Single(h => h.TextContent.Trim() == title).Click();

    private static List<string> Numbers(ParcelPage page) => page.Rows.Select(r => r.TrackingNumber).ToList();

    private static List<string> ShownNumbers(IRenderedComponent<ParcelGrid> cut) =>
        cut.FindAll("a[data-tracking]").Select(a => a.GetAttribute("data-tracking")!).ToList();

    private static List<string> Headers(IRenderedComponent<ParcelGrid> cut) =>
        cut.FindAll("thead th[scope=col]").Select(th => th.TextContent.Trim()).ToList();

    private static string Row(IRenderedComponent<ParcelGrid> cut, int index) => cut.FindAll("tbody tr")[index].TextContent;
}
