using System.Globalization;
using System.Text.Json;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;
using static CainiaoDashboard.Tests.Harness.OperationsDays;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>/volume on 24 seeded days: the stacked chart, its table and download hold the parcels counted from the database.</summary>
public sealed class VolumePageTests(SeededDashboardServer server, BrowserFixture browser) : PageTests<SeededDashboardServer>(server, browser)
{
    [Fact]
    public async Task The_stacked_chart_draws_the_parcels_of_the_range_and_redraws_for_another_grouping_or_range()
    {
        var page = await OpenAsync("/volume?range=7d");

        var byCarrier = Expected("carrier", Today - 6, Today);
        Assert.True(byCarrier.Values.Sum() > 1000, "The fixture should hold a week of parcels.");
        Assert.Equal(byCarrier, await DrawnBarsAsync(page, Today - 6));
        await Assertions.Expect(page.Locator("[data-kpi='total']")).ToHaveAttributeAsync("data-value", byCarrier.Values.Sum().ToString(CultureInfo.InvariantCulture));

        await page.GetByTestId("stack-channel").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("stack=channel"));
        await Assertions.Expect(page.Locator("[data-chart-id='volume'] g.apexcharts-series[seriesName='AliExpress']")).ToHaveCountAsync(1);
        Assert.Equal(Expected("channel", Today - 6, Today, useNames: true), await DrawnBarsAsync(page, Today - 6));

        // A custom range typed as a person would: into the picker's start and end fields, in the page's yyyy-MM-dd.
        var from = Today - 5;
        var to = Today - 3;
        await TypeDateAsync(page, "Start date", Date(from));
        await TypeDateAsync(page, "End date", Date(to));
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"from={Date(from)}&to={Date(to)}"));
        await Assertions.Expect(page.Locator("[data-testid='headline']")).ToHaveAttributeAsync("data-from", Date(from));
        await WaitForBarsAsync(page, 3);
        Assert.Equal(Expected("channel", from, to, useNames: true), await DrawnBarsAsync(page, from));
    }

    [Fact]
    public async Task Show_as_table_lists_the_same_totals_and_the_peak_day_is_marked()
    {
        var page = await OpenAsync("/volume?range=7d&by=day");
        var expected = Expected("carrier", Today - 6, Today);

        await page.GetByTestId("volume-chart-table-toggle").ClickAsync();
        var rows = page.GetByTestId("volume-chart-table").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(7);
        for (var i = 0; i < 7; i++)
        {
            var total = expected.Where(e => e.Key.Day == i).Sum(e => e.Value);
            await Assertions.Expect(rows.Nth(i).Locator("td").Last).ToHaveTextAsync(total.ToString(CultureInfo.InvariantCulture));
        }

        var peak = expected.GroupBy(e => e.Key.Day).MaxBy(g => g.Sum(e => e.Value))!;
        await Assertions.Expect(page.GetByTestId("peak-day")).ToHaveAttributeAsync("data-parcels", peak.Sum(e => e.Value).ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("volume-chart-table-toggle").ClickAsync();
        await Assertions.Expect(page.Locator("[data-chart-id='volume'] .apexcharts-xaxis-annotations line")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_grouping_is_chosen_with_the_keyboard_and_the_csv_download_holds_that_table()
    {
        var page = await OpenAsync("/volume?range=30d");

        await page.GetByTestId("by-week").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("range=30d&by=week$"));
        await Assertions.Expect(page.GetByTestId("volume-chart").Locator(".widget-title")).ToContainTextAsync("Parcels per week");
        await Assertions.Expect(page.GetByTestId("by-week")).ToHaveAttributeAsync("aria-checked", "true");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("volume-chart-csv").ClickAsync());
        Assert.StartsWith("volume-by-carrier-per-week-", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("period,from,to,", lines[0]);
        Assert.Equal(Expected("carrier", Today - 29, Today).Values.Sum(), lines[1..].Sum(l => long.Parse(l.Split(',')[^1], CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(1280, 800, "light")]
    [InlineData(1280, 800, "dark")]
    [InlineData(1440, 900, "light")]
    [InlineData(1440, 900, "dark")]
    public async Task Fits_a_laptop_screen_with_charts_and_tables_in_light_and_dark(int width, int height, string theme)
    {
        var page = await OpenAsync(Roles.Executive, "/volume?range=30d&stack=channel", width, height, theme);
        var charts = new[] { "volume-chart", "on-time-chart", "complaints-chart", "late-by-party-chart", "carrier-on-time-chart" };
        await Assertions.Expect(page.Locator(".apex-chart .apexcharts-svg")).ToHaveCountAsync(charts.Length);

        await PageChecks.AssertFitsAsync(page, $"volume-{theme}-{width}x{height}");
        foreach (var chart in charts)
        {
            await page.GetByTestId($"{chart}-table-toggle").ClickAsync();
        }

        await Assertions.Expect(page.Locator(".chart-table-wrap table")).ToHaveCountAsync(charts.Length);
        await PageChecks.AssertFitsAsync(page, $"volume-tables-{theme}-{width}x{height}");
    }

    [Fact]
    public async Task In_chinese_the_page_its_charts_and_its_download_speak_chinese_and_fit_a_laptop_screen()
    {
        var page = await Browser.NewSignedInPageAsync(Server, Roles.Executive, 1280, 800);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "zh-CN,zh;q=0.9" });
        await page.GotoAsync("/volume?range=90d&by=month&stack=channel");
        await page.WaitUntilInteractiveAsync();
        var volume = page.Locator("[data-chart-id='volume']");
        await Assertions.Expect(page.Locator("[data-chart-id='volume'][data-drawn='true']")).ToHaveCountAsync(1);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("业务量与增长");
        await Assertions.Expect(page.GetByTestId("volume-chart").Locator(".widget-title")).ToContainTextAsync("每月包裹数");
        await Assertions.Expect(page.GetByTestId("volume-chart").Locator(".widget-title small")).ToContainTextAsync("按渠道堆叠");
        await Assertions.Expect(page.GetByTestId("range-90d")).ToHaveTextAsync("近90天");
        await Assertions.Expect(page.GetByTestId("stack-channel")).ToHaveTextAsync("渠道");
        // ApexCharts got the reader's locale: its menu, the channels' names in the legend, months on the axis, grouped thousands.
        await Assertions.Expect(volume.Locator(".apexcharts-menu-item.exportSVG")).ToHaveTextAsync("下载 SVG");
        await Assertions.Expect(volume.Locator(".apexcharts-legend")).ToContainTextAsync("天猫");
        await Assertions.Expect(volume.Locator(".apexcharts-xaxis-label").First).ToContainTextAsync("年");
        var valueLabels = await volume.Locator(".apexcharts-yaxis-label tspan").AllTextContentsAsync();
        Assert.Contains(valueLabels, l => System.Text.RegularExpressions.Regex.IsMatch(l.Trim(), @"^\d{1,3}(,\d{3})+$"));
        await PageChecks.AssertFitsAsync(page, "volume-zh-CN-1280x800");

        Assert.Contains("lang=zh-CN", await page.GetByTestId("volume-chart-csv").GetAttributeAsync("href"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("volume-chart-csv").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.StartsWith("周期,起始日期,结束日期,", csv.TrimStart('\uFEFF'));

        await page.GetByTestId("volume-chart-table-toggle").ClickAsync();
        await Assertions.Expect(page.GetByTestId("volume-chart-table").Locator("thead th").First).ToHaveTextAsync("周期");
        await PageChecks.AssertFitsAsync(page, "volume-table-zh-CN-1280x800");
        Assert.Empty(UntranslatedOnExecutivePages());
    }

    [Fact]
    public async Task New_parcels_appear_without_a_reload()
    {
        var page = await OpenAsync("/volume?range=7d");
        var total = long.Parse((await page.Locator("[data-kpi='total']").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        var url = page.Url;

        var created = DateTime.UtcNow.AddMinutes(-2);
        var prefix = "VT" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await Pipeline.RegisterAsync(
            [.. Enumerable.Range(0, 5).Select(i => new ParcelRegistration($"{prefix}{i}", Zto, EastToEast, NextDay, Tmall, created, created.AddHours(36), "n", "p", "a"))],
            TestContext.Current.CancellationToken);

        await Assertions.Expect(page.Locator("[data-kpi='total']")).ToHaveAttributeAsync("data-value", (total + 5).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(url, page.Url);
    }

    [Fact]
    public async Task Unusable_address_values_are_explained()
    {
        var page = await OpenAsync("/volume?range=fortnight&stack=colour");
        await Assertions.Expect(page.GetByText("Unknown range \"fortnight\" in the address; showing the last 30 days.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Unknown stacking \"colour\"", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("range-30d")).ToHaveAttributeAsync("aria-current", "true");
    }

    /// <summary>
    /// Texts of the executive pages and their charts shown untranslated in Chinese since the server started. The record is
    /// the process's, which tests rendering in no dashboard language (the invariant culture) also write to: each text is
    /// looked up in Chinese again, so only those really without their Chinese are told.
    /// </summary>
    internal static IReadOnlyList<string> UntranslatedOnExecutivePages()
    {
        var executive = typeof(CainiaoDashboard.Features.Executive.Volume);
        var owners = executive.Assembly.GetTypes().Where(t => t.Namespace == executive.Namespace)
            .Append(typeof(CainiaoDashboard.Shared.Charts.ApexChart)).Append(typeof(CainiaoDashboard.Shared.Charts.ChartLocales))
            .GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());
        using var chinese = CultureScope.Chinese();
        return
        [
            .. Translations.Missing.Where(m =>
                m.Split(": ", 2) is [var owner, var text] && owners.TryGetValue(owner, out var type) && Translations.For(type)[text].ResourceNotFound),
        ];
    }

    private async Task<IPage> OpenAsync(string url)
    {
        var page = await OpenAsync(Roles.Executive, url);
        await Assertions.Expect(page.Locator("[data-chart-id='volume'][data-drawn='true']")).ToHaveCountAsync(1);
        return page;
    }

    /// <summary>Clicks into a date field of the range picker, replaces its text and leaves it with Tab.</summary>
    private static async Task TypeDateAsync(IPage page, string field, string date)
    {
        var input = page.GetByRole(AriaRole.Textbox, new() { Name = field, Exact = true });
        await input.ClickAsync();
        await input.PressAsync("Control+A");
        await input.PressSequentiallyAsync(date);
        await input.PressAsync("Tab");
    }

    private Dictionary<(int Day, string Key), long> Expected(string dimension, int from, int to, bool useNames = false)
    {
        var names = ReferenceData.Channels.ToDictionary(c => c.Code, c => c.Name);
        return Server.ParcelsPerDay(dimension)
            .Where(e => e.Key.Day >= from && e.Key.Day <= to)
            .ToDictionary(e => (e.Key.Day - from, Escaped(useNames ? names[e.Key.Key] : e.Key.Key)), e => e.Value);
    }

    private static async Task WaitForBarsAsync(IPage page, int categories) =>
        await Assertions.Expect(page.Locator("[data-chart-id='volume'] g.apexcharts-series").First.Locator("path.apexcharts-bar-area"))
            .ToHaveCountAsync(categories);

    /// <summary>Every non-zero bar ApexCharts drew: (category index, series name) to its value.</summary>
    private static async Task<Dictionary<(int Day, string Key), long>> DrawnBarsAsync(IPage page, int fromDay)
    {
        var json = await page.EvaluateAsync<string>("""
            () => JSON.stringify(Array.from(document.querySelectorAll("[data-chart-id='volume'] g.apexcharts-series")).flatMap(g =>
                Array.from(g.querySelectorAll('path.apexcharts-bar-area')).map(p =>
                    ({ name: g.getAttribute('seriesName'), j: Number(p.getAttribute('j')), val: Number(p.getAttribute('val')) }))))
            """);
        return JsonSerializer.Deserialize<List<Bar>>(json, JsonSerializerOptions.Web)!
            .Where(b => b.Val != 0)
            .ToDictionary(b => (b.J, b.Name), b => b.Val);
    }

    /// <summary>ApexCharts writes series names into seriesName with every other character replaced by 'x'.</summary>
    private static string Escaped(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : 'x')]);

    private sealed record Bar(string Name, int J, long Val);
}
