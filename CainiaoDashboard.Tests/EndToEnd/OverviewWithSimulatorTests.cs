using System.Diagnostics;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Charts;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>The overview with the traffic simulator running, as a manager sees it after the first start.</summary>
public sealed class OverviewWithSimulatorTests(SimulatedTrafficServer server, BrowserFixture browser) : IClassFixture<SimulatedTrafficServer>
{
    [Fact]
    public async Task At_least_five_kpis_change_within_ten_seconds_without_a_reload()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.WaitForSeedingAsync(ct);
        var page = await browser.OpenInteractiveAsync(server, Roles.Manager, "/");
        await Assertions.Expect(page.Locator($"[data-kpi='{OverviewCalculator.Names.InFlight}']")).Not.ToHaveAttributeAsync("data-value", "0");
        var url = page.Url;

        // While measuring, ten times the harness's rate (as an admin can set it): the orders of a peak day.
        var scenarios = server.Services.GetRequiredService<SimulatorScenarios>();
        scenarios.Set(new ScenarioSettings(RateMultiplier: 10));
        var before = await KpiValuesAsync(page);
        var changed = new HashSet<string>();
        var clock = Stopwatch.StartNew();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(10) && changed.Count < 5)
            {
                await Task.Delay(250, ct);
                foreach (var (name, value) in await KpiValuesAsync(page))
                {
                    if (before.GetValueOrDefault(name) != value) changed.Add(name);
                }
            }
        }
        finally
        {
            scenarios.Set(new ScenarioSettings());
        }

        var after = await KpiValuesAsync(page);
        Assert.True(changed.Count >= 5,
            $"Only {changed.Count} KPI values changed in {clock.Elapsed.TotalSeconds:F1} s: {string.Join(", ", changed)}. Before -> after: " + string.Join("; ", before.Select(b => $"{b.Key}={b.Value}->{after.GetValueOrDefault(b.Key)}")));
        Assert.Equal(8, before.Count);
        Assert.Equal(url, page.Url);
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Fits_a_laptop_screen_with_every_widget_filled_in_light_and_dark(string theme)
    {
        var ct = TestContext.Current.CancellationToken;
        await server.WaitForSeedingAsync(ct);
        var page = await browser.NewSignedInPageAsync(server, Roles.Manager, 1440, 900);
        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();
        if (theme == "dark")
        {
            await page.GetByTestId("theme-toggle").ClickAsync();
            // The toggle posts the choice and the page comes back in the dark theme; a reload keeps it.
            await Assertions.Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
            await page.ReloadAsync();
            await Assertions.Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
            await page.WaitUntilInteractiveAsync();
        }

        // Every chart drawn (four on the overview), rows in the hub table and the feed.
        await Assertions.Expect(page.Locator(".apex-chart .apexcharts-svg")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("event-feed").Locator("li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".hub-table tbody tr").First).ToBeVisibleAsync();

        // The bars take the theme's palette, which reaches the overview's charts as a cascading value.
        var palette = ChartPalette.For(dark: theme == "dark");
        var barFill = await page.Locator("[data-chart-id=on-time-carrier] .apexcharts-bar-area").First
            .EvaluateAsync<string>("bar => getComputedStyle(bar).fill");
        Assert.StartsWith(Rgb(palette.SeriesColour(0)), barFill.Replace("rgba(", "rgb("));

        await PageChecks.AssertFitsAsync(page, $"overview-live-{theme}-1440x900");
    }

    [Fact]
    public async Task Live_panel_icons_are_drawn_from_the_page_sprite()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.WaitForSeedingAsync(ct);
        var page = await browser.NewSignedInPageAsync(server, Roles.Manager, 1440, 900);
        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();

        // Each icon drawn by reference finds its symbol in the page and, where its panel shows it, has a size, so something
        // was drawn (an icon in a part of a panel the simulated traffic hides at the moment has none).
        await Assertions.Expect(page.Locator(".kpi-card svg.kpi-info use").First).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator(".alert-item svg.alert-icon use").First).ToBeAttachedAsync();
        var undrawn = await page.Locator("svg use").EvaluateAllAsync<string[]>(
            "uses => uses.filter(use => !document.querySelector(use.getAttribute('href'))" +
            " || (use.closest('svg').checkVisibility() && use.getBBox().width === 0)).map(use => use.getAttribute('href'))");
        var shown = await page.Locator("svg use").EvaluateAllAsync<int>("uses => uses.filter(use => use.closest('svg').checkVisibility()).length");
        Assert.Empty(undrawn);
        Assert.True(shown > 0, "no icon drawn by reference is shown on the overview");
    }

    /// <summary>"rgb(r, g, b" of a palette colour, as the browser writes a computed colour (before any alpha).</summary>
    private static string Rgb(string colour)
    {
        var parsed = new MudBlazor.Utilities.MudColor(colour);
        return $"rgb({parsed.R}, {parsed.G}, {parsed.B}";
    }

    private static async Task<Dictionary<string, string>> KpiValuesAsync(IPage page)
    {
        var pairs = await page.Locator("[data-kpi]").EvaluateAllAsync<string[][]>(
            "cards => cards.map(card => [card.dataset.kpi, card.dataset.value])");
        return pairs.ToDictionary(pair => pair[0], pair => pair[1]);
    }
}
