using System.Globalization;
using CainiaoDashboard.Shared;
using static CainiaoDashboard.Tests.Harness.OperationsDays;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>/flows on 24 seeded days: the Sankey's stages add up to the parcels in range, its links lead to the parcel list.</summary>
public sealed class FlowsPageTests(SeededDashboardServer server, BrowserFixture browser) : PageTests<SeededDashboardServer>(server, browser)
{
    [Fact]
    public async Task Each_stage_of_the_sankey_carries_every_parcel_in_range_and_hand_overs_have_their_own_links()
    {
        var page = await OpenAsync("/flows?range=30d");
        var parcels = Server.ParcelsPerDay("carrier").Where(e => e.Key.Day >= Today - 29).Sum(e => e.Value);
        Assert.True(parcels > 1000);

        Assert.Equal(parcels, await SumAsync(page, "a.sankey-link[data-stage='pickup']"));
        Assert.Equal(parcels, await SumAsync(page, "a.sankey-link[data-stage='domestic'], a.sankey-link[data-stage='handover']"));
        await Assertions.Expect(page.GetByTestId("sankey")).ToHaveAttributeAsync("data-total", parcels.ToString(CultureInfo.InvariantCulture));
        foreach (var partner in new[] { "USPS", "SINGPOST", "CORREOS" })
        {
            Assert.True(await page.Locator($"a.sankey-link[data-stage='handover'][data-target='p:{partner}']").CountAsync() > 0, $"No hand-over link to {partner}.");
        }

        Assert.Equal(await SumAsync(page, "a.sankey-link[data-stage='handover']"), await SumAsync(page, "a.sankey-link[data-stage='abroad']"));
        Assert.Equal(parcels, await SumAsync(page, "[data-testid='lane-table'] tbody tr"));

        var narrower = await OpenAsync("/flows?range=7d".Replace("range=7d", $"from={Date(Today - 2)}&to={Date(Today - 1)}", StringComparison.Ordinal));
        var fewer = Server.ParcelsPerDay("carrier").Where(e => e.Key.Day >= Today - 2 && e.Key.Day <= Today - 1).Sum(e => e.Value);
        Assert.Equal(fewer, await SumAsync(narrower, "a.sankey-link[data-stage='pickup']"));
    }

    [Fact]
    public async Task Hovering_a_link_shows_its_figures_and_clicking_it_opens_the_filtered_parcel_list()
    {
        var page = await OpenAsync("/flows?range=7d");
        // A link whose middle is not covered by another one, so the pointer reaches it.
        const string Domestic = "a.sankey-link[data-stage='domestic']:not([data-source='h:-'])";
        await page.GetByTestId("sankey").ScrollIntoViewIfNeededAsync();
        var index = await page.EvaluateAsync<int>("""
            selector => [...document.querySelectorAll(selector)].findIndex(a => {
                const r = a.getBoundingClientRect();
                const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                return hit !== null && a.contains(hit);
            })
            """, Domestic);
        Assert.True(index >= 0, "No domestic link can be pointed at.");
        var link = page.Locator(Domestic).Nth(index);
        var href = await link.GetAttributeAsync("href");
        Assert.Matches("^/parcels\\?lane=CN-[A-Z]+:CN-[A-Z]+&origin-hub=[A-Z]{3}$", href);
        var parcels = long.Parse((await link.GetAttributeAsync("data-parcels"))!, CultureInfo.InvariantCulture);

        await link.HoverAsync();
        await Assertions.Expect(page.GetByTestId("sankey-hover")).ToContainTextAsync($"{parcels:N0} parcels");
        await Assertions.Expect(page.GetByTestId("sankey-hover")).ToContainTextAsync("median transit");

        var target = new Uri(Server.BaseAddress, href).ToString();
        await link.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(target);
        var lane = System.Text.RegularExpressions.Regex.Match(href!, "lane=([^&]+)").Groups[1].Value;
        var hub = System.Text.RegularExpressions.Regex.Match(href!, "origin-hub=([^&]+)").Groups[1].Value;
        await Assertions.Expect(page.GetByTestId("filter-lane")).ToHaveValueAsync(lane.Replace(":", " → "));
        await Assertions.Expect(page.GetByTestId("filter-origin-hub")).ToHaveValueAsync(hub);
        await Assertions.Expect(page.GetByTestId("parcel-grid").Locator("tbody tr").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_lane_table_sorts_by_the_chosen_column()
    {
        var page = await OpenAsync("/flows?range=7d");
        var rows = page.GetByTestId("lane-table").Locator("tbody tr");

        var byParcels = await ValuesAsync(rows, "data-parcels");
        Assert.Equal(byParcels.OrderByDescending(v => v), byParcels);

        await page.GetByTestId("sort-parcels").ClickAsync();
        await Assertions.Expect(page.GetByTestId("lane-table").Locator("th[aria-sort='ascending']")).ToHaveCountAsync(1);
        var ascending = await ValuesAsync(rows, "data-parcels");
        Assert.Equal(ascending.Order(), ascending);

        // The headings are buttons: reachable with Tab, sorted with Enter.
        await page.GetByTestId("sort-lane").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("lane-table").Locator("th[aria-sort='ascending'] [data-testid='sort-lane']")).ToHaveCountAsync(1);
        var lanes = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.lane)");
        Assert.Equal(lanes.Order(StringComparer.Ordinal), lanes);
    }

    [Theory]
    [InlineData(1280, 800, "light")]
    [InlineData(1280, 800, "dark")]
    [InlineData(1440, 900, "light")]
    [InlineData(1440, 900, "dark")]
    public async Task Fits_a_laptop_screen_with_every_lane_column_in_view_in_light_and_dark(int width, int height, string theme)
    {
        var page = await OpenAsync(Roles.Manager, "/flows?range=30d", width, height, theme);
        await Assertions.Expect(page.Locator("a.sankey-link").First).ToBeAttachedAsync();

        // The On-time and Transit columns were cut off at 1440 px before; every heading must lie inside the card.
        var cut = await page.GetByTestId("lanes").EvaluateAsync<string[]>("""
            card => {
                const edge = card.getBoundingClientRect().right;
                return [...card.querySelectorAll('thead th')].filter(th => th.getBoundingClientRect().right > edge).map(th => th.textContent.trim());
            }
            """);
        Assert.Empty(cut);
        await PageChecks.AssertFitsAsync(page, $"flows-{theme}-{width}x{height}");

        await page.GetByTestId("flows-chart-table-toggle").ClickAsync();
        await Assertions.Expect(page.GetByTestId("flows-chart-table")).ToBeVisibleAsync();
        await PageChecks.AssertFitsAsync(page, $"flows-table-{theme}-{width}x{height}");
    }

    [Fact]
    public async Task In_chinese_the_diagram_the_lanes_and_the_downloads_speak_chinese_and_fit_a_laptop_screen()
    {
        var page = await Browser.NewSignedInPageAsync(Server, Roles.Manager, 1280, 800);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "zh-CN,zh;q=0.9" });
        await page.GotoAsync("/flows?range=30d");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Locator("a.sankey-link").First).ToBeAttachedAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("包裹流向");
        await Assertions.Expect(page.GetByTestId("lanes").Locator("thead th")).ToHaveTextAsync(["线路", "件数 ▼", "准时率", "时效"]);
        await Assertions.Expect(page.GetByTestId("lane-table").Locator(".lane-badge").First).ToHaveTextAsync("跨境");
        await Assertions.Expect(page.GetByTestId("sankey-hover")).ToContainTextAsync("将鼠标悬停");
        await page.Locator("a.sankey-link").First.FocusAsync();
        await Assertions.Expect(page.GetByTestId("sankey-hover")).ToContainTextAsync("件包裹");
        Assert.Contains("lang=zh-CN", await page.GetByTestId("flows-chart-svg").GetAttributeAsync("href"));
        Assert.Contains("lang=zh-CN", await page.GetByTestId("lanes-csv").GetAttributeAsync("href"));
        await PageChecks.AssertFitsAsync(page, "flows-zh-CN-1280x800");

        await page.GetByTestId("flows-chart-table-toggle").ClickAsync();
        await Assertions.Expect(page.GetByTestId("flows-chart-table").Locator("tbody tr").First.Locator("th")).ToHaveTextAsync("揽收");
        await PageChecks.AssertFitsAsync(page, "flows-table-zh-CN-1280x800");
        Assert.Empty(VolumePageTests.UntranslatedOnExecutivePages());
    }

    private async Task<IPage> OpenAsync(string url)
    {
        var page = await OpenAsync(Roles.Manager, url);
        await Assertions.Expect(page.Locator("a.sankey-link").First).ToBeAttachedAsync();
        return page;
    }

    private static async Task<long> SumAsync(IPage page, string selector) =>
        (await page.Locator(selector).EvaluateAllAsync<long[]>("items => items.map(i => Number(i.dataset.parcels))")).Sum();

    private static async Task<long[]> ValuesAsync(ILocator rows, string attribute) =>
        await rows.EvaluateAllAsync<long[]>($"rows => rows.map(r => Number(r.getAttribute('{attribute}')))");
}
