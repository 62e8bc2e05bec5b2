using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

public class SystemStatusPageTests(DashboardServer server, BrowserFixture browser) : IClassFixture<DashboardServer>
{
    [Fact]
    public async Task A_click_changes_what_the_server_renders()
    {
        var page = await browser.OpenInteractiveAsync(server, Roles.Manager, "/system");
        await Assertions.Expect(page.GetByTestId("sample-count")).ToHaveTextAsync("3");

        await page.GetByTestId("add-sample").ClickAsync();

        await Assertions.Expect(page.GetByTestId("sample-count")).ToHaveTextAsync("4");
    }

    [Fact]
    public async Task The_page_reads_in_chinese()
    {
        var page = await browser.NewSignedInPageAsync(server, Roles.Manager);
        await page.Context.AddCookiesAsync([new Cookie
        {
            Name = Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Value = Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new("zh-CN")),
            Url = server.BaseAddress.ToString(),
        }]);

        await page.GotoAsync("/system");
        await page.WaitUntilInteractiveAsync();

        await Assertions.Expect(page).ToHaveTitleAsync("系统 · CainiaoDashboard");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("系统");
        await page.GetByTestId("add-sample").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sample-count")).ToHaveTextAsync("4");
        await Assertions.Expect(page.GetByTestId("add-sample")).ToHaveTextAsync("添加样本");
    }

    [Fact]
    public async Task The_chart_wrapper_draws_and_then_updates_the_same_chart_in_place()
    {
        var (page, chart) = await OpenDrawnChartAsync();
        await Assertions.Expect(chart.Locator(".apexcharts-bar-area")).ToHaveCountAsync(3);
        var svgId = await chart.Locator("svg.apexcharts-svg").GetAttributeAsync("id");

        await page.GetByTestId("add-sample").ClickAsync();

        await Assertions.Expect(chart.Locator(".apexcharts-bar-area")).ToHaveCountAsync(4);
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-update-count", "1");
        Assert.Equal(svgId, await chart.Locator("svg.apexcharts-svg").GetAttributeAsync("id"));
    }

    [Fact]
    public async Task Series_sent_while_a_redraw_waits_are_drawn_once_and_only_the_newest()
    {
        var (page, chart) = await OpenDrawnChartAsync();

        // As the server's two renders in a row would: the same module the page imported, called twice in one task.
        await page.EvaluateAsync("""
            async () => {
                const charts = await import('./Shared/Charts/ApexChart.razor.js');
                const host = document.querySelector("[data-chart-id='system-check']");
                const bars = count => JSON.stringify([{ name: 'Checks', data: Array.from({ length: count }, (_, i) => ({ x: `c${i}`, y: i + 1 })) }]);
                charts.updateSeries(host, bars(5));
                charts.updateSeries(host, bars(6));
            }
            """);

        await Assertions.Expect(chart.Locator(".apexcharts-bar-area")).ToHaveCountAsync(6);
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-update-count", "1");
    }

    /// <summary>The system page and its sample chart, once the chart module has drawn it.</summary>
    private async Task<(IPage Page, ILocator Chart)> OpenDrawnChartAsync()
    {
        var page = await browser.NewSignedInPageAsync(server, Roles.Manager);
        await page.GotoAsync("/system");
        var chart = page.Locator("[data-chart-id='system-check']");
        await Assertions.Expect(chart).ToHaveAttributeAsync("data-drawn", "true");
        return (page, chart);
    }
}
