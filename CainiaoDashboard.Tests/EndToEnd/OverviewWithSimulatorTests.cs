using System.Diagnostics;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Services;
using CainiaoDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>The overview with the traffic simulator running, as a manager sees it after the first start.</summary>
public sealed class OverviewWithSimulatorTests(SimulatedTrafficServer server, BrowserFixture browser) : IClassFixture<SimulatedTrafficServer>
{
    [Fact]
    public async Task At_least_five_kpis_change_within_ten_seconds_without_a_reload()
    {
        var ct = TestContext.Current.CancellationToken;
        await server.WaitForSeedingAsync(ct);
        var page = await browser.NewSignedInPageAsync(server, Roles.Manager);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator(".live-status")).ToHaveAttributeAsync("data-interactive", "true");
        await Assertions.Expect(page.Locator($"[data-kpi='{OverviewCalculator.Names.InFlight}']")).Not.ToHaveAttributeAsync("data-value", "0");
        var url = page.Url;

        var before = await KpiValuesAsync(page);
        var changed = new HashSet<string>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10) && changed.Count < 5)
        {
            await Task.Delay(250, ct);
            foreach (var (name, value) in await KpiValuesAsync(page))
            {
                if (before.GetValueOrDefault(name) != value) changed.Add(name);
            }
        }

        Assert.True(changed.Count >= 5,
            $"Only {changed.Count} KPI values changed in {clock.Elapsed.TotalSeconds:F1} s: {string.Join(", ", changed)}.");
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
        await Assertions.Expect(page.Locator(".live-status")).ToHaveAttributeAsync("data-interactive", "true");
        if (theme == "dark")
        {
            await page.GetByTestId("theme-toggle").ClickAsync();
            // The cookie is written once the circuit has handled the click; a reload before that comes back light.
            await Assertions.Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
            await page.ReloadAsync();
            await Assertions.Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
            await Assertions.Expect(page.Locator(".live-status")).ToHaveAttributeAsync("data-interactive", "true");
        }

        // Every chart drawn (four on the overview), rows in the hub table and the feed.
        await Assertions.Expect(page.Locator(".apex-chart .apexcharts-svg")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("event-feed").Locator("li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".hub-table tbody tr").First).ToBeVisibleAsync();

        var problems = await page.EvaluateAsync<string[]>(LayoutProblems);
        var file = Path.Combine(AppContext.BaseDirectory, "screenshots", $"overview-{theme}-1440x900.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file.Replace(".png", "-scrolled.png") });
        Assert.True(problems.Length == 0, $"Layout problems in the {theme} theme (screenshot: {file}):\n" + string.Join("\n", problems));
    }

    // Horizontal overflow, overlapping cards and clipped text, as a reviewer would spot them on a screenshot.
    private const string LayoutProblems = """
        () => {
            const problems = [];
            if (document.documentElement.scrollWidth > window.innerWidth)
                problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px wide`);
            const boxes = [...document.querySelectorAll('[data-kpi], .widget')].map(e => [e, e.getBoundingClientRect()]);
            for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                    const [a, ra] = boxes[i], [b, rb] = boxes[j];
                    if (a.contains(b) || b.contains(a)) continue;
                    const overlap = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1
                        && Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1;
                    if (overlap) problems.push(`${a.dataset.kpi || a.className} overlaps ${b.dataset.kpi || b.className}`);
                }
            for (const e of document.querySelectorAll('.kpi-card *, .widget-title, .hub-table td, .hub-table th')) {
                const style = getComputedStyle(e);
                if (style.overflow === 'visible' || style.textOverflow === 'ellipsis') continue;
                if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 1) problems.push(`clipped text: "${e.textContent.trim().slice(0, 40)}"`);
            }
            for (const e of document.querySelectorAll('.feed-tracking')) {
                if (e.scrollWidth > e.clientWidth + 1) problems.push(`tracking number cut off in the feed: ${e.textContent}`);
            }
            for (const e of document.querySelectorAll('.widget')) {
                if (e.innerText.trim().length === 0) problems.push(`empty widget: ${e.className}`);
            }
            return problems;
        }
        """;

    private static async Task<Dictionary<string, string>> KpiValuesAsync(IPage page)
    {
        var pairs = await page.Locator("[data-kpi]").EvaluateAllAsync<string[][]>(
            "cards => cards.map(card => [card.dataset.kpi, card.dataset.value])");
        return pairs.ToDictionary(pair => pair[0], pair => pair[1]);
    }
}

/// <summary>
/// A dashboard with a day of seeded history and the simulator on, its clock set to a weekday afternoon in
/// China so the traffic is that of a working day whenever the tests run.
/// </summary>
public sealed class SimulatedTrafficServer : DashboardServer
{
    public SimulatedTrafficServer()
    {
        WithSetting("Simulator:Enabled", "true");
        WithSetting("Simulator:ParcelsPerDay", "80000");
        WithSetting("Simulator:TickMilliseconds", "250");
        WithSetting("Seed:HistoryDays", "1");
        WithClock(new ShiftedTimeProvider(new DateTimeOffset(2026, 11, 18, 7, 0, 0, TimeSpan.Zero)));
    }

    public async Task WaitForSeedingAsync(CancellationToken cancellationToken)
    {
        var live = Services.GetRequiredService<LiveOperations>();
        var clock = Stopwatch.StartNew();
        while (live.Current.Seeding.Running || live.Current.Seeding.Fraction < 1)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"Seeding did not finish: {live.Current.Seeding.Message}");
            await Task.Delay(200, cancellationToken);
        }
    }
}
