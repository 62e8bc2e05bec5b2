using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>Finding parcels: the header search, the parcel page's timeline, the list's filters and its CSV export.</summary>
public sealed class ParcelPagesTests(DashboardServer server, BrowserFixture browser) : PageTests<DashboardServer>(server, browser)
{
    [Fact]
    public async Task Search_opens_the_parcel_with_exactly_its_stored_events_in_order_and_a_posted_event_appears_without_reload()
    {
        var ct = TestContext.Current.CancellationToken;
        var trackingNumber = await RegisterParcelAsync(DateTime.UtcNow.AddHours(-20), ct);
        using var http = await CarrierApi.ClientAsync(Server, Zto, ct);
        var start = DateTime.UtcNow.AddHours(-19);
        // Posted out of order: the page shows event time order, not arrival order.
        await PostAsync(http, trackingNumber, "ARRIVAL", "HGH", start.AddHours(3), ct);
        await PostAsync(http, trackingNumber, "GOT", "HGH", start, ct);
        await PostAsync(http, trackingNumber, "DEPARTURE", "HGH", start.AddHours(5), ct);

        var page = await OpenAsync(Roles.Support, "/");
        await page.GetByTestId("header-search").FillAsync(" " + trackingNumber.ToLowerInvariant());
        await page.GetByTestId("header-search").PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync($"{Server.BaseAddress}parcels/{trackingNumber}");
        await Assertions.Expect(page.GetByTestId("parcel-tracking")).ToHaveTextAsync(trackingNumber);
        Assert.Equal(await StoredEventIdsAsync(trackingNumber, ct), await ShownEventIdsAsync(page));
        Assert.Equal(["GOT", "ARRIVAL", "DEPARTURE"], await page.Locator("[data-event-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.rawCode)"));
        await Assertions.Expect(page.GetByTestId("hub-stops")).ToContainTextAsync("HGH");
        // Hangzhou is in China Standard Time: every row carries the page's own label for it, in ISO date order.
        Assert.All(await page.GetByTestId("event-local-time").AllTextContentsAsync(),
            time => Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2} CST$", time));

        await PostAsync(http, trackingNumber, "ARRIVAL", "PEK", start.AddHours(12), ct);

        await Assertions.Expect(page.Locator("[data-event-id]")).ToHaveCountAsync(4);
        Assert.Equal(await StoredEventIdsAsync(trackingNumber, ct), await ShownEventIdsAsync(page));
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("到达 ARRIVAL PEK");
        Assert.Equal($"{Server.BaseAddress}parcels/{trackingNumber}", page.Url);
    }

    [Fact]
    public async Task A_prefix_lists_matches_and_an_unknown_number_says_so()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await RegisterParcelAsync(DateTime.UtcNow.AddHours(-2), ct);
        var page = await OpenAsync(Roles.Support, "/");

        await page.GetByTestId("header-search").FillAsync(number[..^2]);
        await page.GetByTestId("header-search").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("header-search-hits").Locator($"a[href='/parcels/{number}']")).ToBeVisibleAsync();

        await page.GetByTestId("header-search").FillAsync("ZZ404404404CN");
        await page.GetByTestId("header-search").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("header-search-message")).ToHaveTextAsync("No parcel has tracking number ZZ404404404CN, and none starts with it.");

        await page.GotoAsync("/parcels/ZZ404404404CN");
        await Assertions.Expect(page.GetByTestId("parcel-not-found")).ToContainTextAsync("No parcel has tracking number ZZ404404404CN");
    }

    [Fact]
    public async Task Malformed_filters_in_the_address_are_explained_and_the_list_falls_back_to_all_parcels()
    {
        var ct = TestContext.Current.CancellationToken;
        await RegisterParcelAsync(DateTime.UtcNow.AddHours(-3), ct);
        int total;
        await using (var db = Db()) total = await db.Parcels.CountAsync(ct);
        var page = await OpenAsync(Roles.Support, "/parcels?view=overdue&carrier=DHL&created-from=2026-02-31&stalled=perhaps");

        await Assertions.Expect(page.GetByTestId("filter-problem")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByText("Unknown view \"overdue\" in the address; showing all parcels.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Unknown carrier \"DHL\" in the address was ignored.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("write dates as YYYY-MM-DD")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("parcel-count")).ToHaveAttributeAsync("data-count", total.ToString());
    }

    [Fact]
    public async Task Choosing_a_filter_puts_it_in_the_address_and_the_csv_export_holds_exactly_the_matching_parcels()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = DateTime.UtcNow;
        for (var i = 0; i < 3; i++) await RegisterParcelAsync(now.AddDays(-3), ct, serviceLevelId: NextDay); // past their promise: late
        await RegisterParcelAsync(now.AddHours(-1), ct, serviceLevelId: NextDay);
        var page = await OpenAsync(Roles.Support, "/parcels?view=late");

        // With the pointer: open the service list and pick an entry.
        await page.Locator("input[data-testid=filter-service]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Next-day", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("view=late.*service=NEXT_DAY|service=NEXT_DAY.*view=late"));
        await Assertions.Expect(page.Locator("input[data-testid=filter-service]")).ToHaveValueAsync("Next-day");
        // With the keyboard alone: Enter opens the carrier list on "All carriers", the arrow moves to ZTO, Enter picks it.
        await page.Locator("input[data-testid=filter-carrier]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "ZTO Express (Zhongtong)" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("carrier=ZTO"));
        Assert.Contains("service=NEXT_DAY", page.Url);
        Assert.Contains("view=late", page.Url);
        var filter = ParcelListFilter.All with { View = ParcelView.Late, ServiceLevelId = NextDay, CarrierId = Zto };
        var expected = (await ParcelFilterOracle.MatchingAsync(ConnectionString, filter, DateTime.UtcNow, ct))
            .Select(p => p.TrackingNumber).Order().ToList();
        await Assertions.Expect(page.GetByTestId("parcel-count")).ToHaveAttributeAsync("data-count", expected.Count.ToString());

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path, ct);

        Assert.Equal(string.Join(",", ParcelCsvExport.Header), lines[0]);
        Assert.Equal(expected, lines.Skip(1).Select(l => l.Split(',')[0]).Order().ToList());
        Assert.True(expected.Count >= 3);
        Assert.All(lines.Skip(1), l => Assert.Contains(",ZTO,NEXT_DAY,", l));
        await Assertions.Expect(page.GetByTestId("export-message")).ToHaveTextAsync($"Exported {expected.Count:N0} rows.");
    }

    [Fact]
    public async Task The_prerendered_list_says_it_is_reading_rather_than_that_nothing_matches()
    {
        var ct = TestContext.Current.CancellationToken;
        await RegisterParcelAsync(DateTime.UtcNow.AddDays(-3), ct);
        using var http = await Server.CreateSignedInClientAsync(Roles.Support, ct);

        var html = await http.GetStringAsync("/parcels?view=late", ct);

        Assert.Contains("data-testid=\"parcel-loading\"", html);
        Assert.DoesNotContain("No parcels match these filters.", html);
    }

    [Fact]
    public async Task At_1280_pixels_the_list_needs_no_sideways_scrolling_and_hidden_columns_can_be_shown()
    {
        var ct = TestContext.Current.CancellationToken;
        await RegisterParcelAsync(DateTime.UtcNow.AddDays(-3), ct);
        var page = await OpenAsync(Roles.Support, "/parcels?view=late", 1280, 800);
        var grid = page.GetByTestId("parcel-grid");
        await Assertions.Expect(grid.Locator("a[data-tracking]").First).ToBeVisibleAsync();
        Assert.Equal(0, await SidewaysOverflowAsync(page));
        await Assertions.Expect(grid.Locator("th", new() { HasText = "Service" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Show or hide columns" }).ClickAsync();
        await page.Locator(".mud-data-grid-columns-panel label", new() { HasText = "Service" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(grid.Locator("th", new() { HasText = "Service" })).ToHaveCountAsync(1);
        await Assertions.Expect(grid.Locator("tbody td[data-label=Service]").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z_]+$"));
        Assert.Equal(0, await SidewaysOverflowAsync(page));
    }

    [Fact]
    public async Task In_chinese_the_list_its_export_and_a_parcels_page_are_in_chinese_and_fit_1280_pixels()
    {
        var ct = TestContext.Current.CancellationToken;
        var late = await RegisterParcelAsync(DateTime.UtcNow.AddHours(-40), ct);
        using var http = await CarrierApi.ClientAsync(Server, Zto, ct);
        await PostAsync(http, late, "GOT", "HGH", DateTime.UtcNow.AddHours(-38), ct);
        await PostAsync(http, late, "ARRIVAL", "HGH", DateTime.UtcNow.AddHours(-30), ct);
        var page = await Browser.NewSignedInPageAsync(Server, Roles.Support, 1280, 800);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "zh-CN,zh;q=0.9" });

        await page.GotoAsync("/parcels?view=late&carrier=ZTO");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("包裹 已逾期（超过承诺时间，未签收）");
        await Assertions.Expect(page.Locator("input[data-testid=filter-carrier]")).ToHaveValueAsync("中通快递");
        await Assertions.Expect(page.GetByTestId("parcel-grid").Locator($"a[data-tracking='{late}']")).ToBeVisibleAsync();
        await PageChecks.AssertFitsAsync(page, "parcels-late-zh-CN-1280x800");
        await page.GetByTestId("filter-more").ClickAsync();
        await Assertions.Expect(page.GetByTestId("filter-more-panel")).ToContainTextAsync("逾期责任方");
        await PageChecks.AssertFitsAsync(page, "parcels-late-more-filters-zh-CN-1280x800");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        var lines = await File.ReadAllLinesAsync(await download.PathAsync(), ct);
        Assert.StartsWith("运单号,承运商,服务类型,", lines[0]);
        Assert.Contains(lines.Skip(1), l => l.StartsWith($"{late},ZTO,", StringComparison.Ordinal) && l.Contains(",已逾期,", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("export-message")).ToHaveTextAsync($"已导出{lines.Length - 1:N0}行。");

        await page.GetByTestId("parcel-grid").Locator($"a[data-tracking='{late}']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("parcel-tracking")).ToHaveTextAsync(late);
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("parcel-lateness")).ToHaveTextAsync("已逾期");
        await Assertions.Expect(page.GetByTestId("leg-bar")).ToContainTextAsync("各运输段与计划对比");
        await Assertions.Expect(page.GetByTestId("hub-stops")).ToContainTextAsync("HGH");
        await Assertions.Expect(page.GetByTestId("complaint-form")).ToContainTextAsync("登记投诉");
        await PageChecks.AssertFitsAsync(page, "parcel-zh-CN-1280x800");
    }

    /// <summary>How far the page or the grid scrolls sideways, in pixels.</summary>
    private static Task<int> SidewaysOverflowAsync(IPage page) => page.EvaluateAsync<int>("""
        () => {
            const grid = document.querySelector('[data-testid=parcel-grid] .mud-table-container');
            const root = document.scrollingElement;
            return Math.max(root.scrollWidth - root.clientWidth, grid.scrollWidth - grid.clientWidth);
        }
        """);

    private async Task<List<long>> StoredEventIdsAsync(string trackingNumber, CancellationToken ct)
    {
        await using var db = Db();
        var id = await db.Parcels.Where(p => p.TrackingNumber == trackingNumber).Select(p => p.Id).SingleAsync(ct);
        return (await db.TrackingEvents.Where(e => e.ParcelId == id).Select(e => new { e.Id, e.EventUtc }).ToListAsync(ct))
            .OrderBy(e => e.EventUtc).ThenBy(e => e.Id).Select(e => e.Id).ToList();
    }

    private static async Task<List<long>> ShownEventIdsAsync(IPage page) =>
        (await page.Locator("[data-event-id]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.eventId)")).Select(long.Parse).ToList();

    private static async Task PostAsync(HttpClient http, string trackingNumber, string code, string hub, DateTime at, CancellationToken ct)
    {
        await CarrierApi.PostAcceptedAsync(http, $"{trackingNumber}-{code}-{hub}", trackingNumber, code, $"到达 {code} {hub}", hub, at, ct);
    }
}
