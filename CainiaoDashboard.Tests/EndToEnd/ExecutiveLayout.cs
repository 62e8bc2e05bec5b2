using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// What a reviewer checks on a screenshot of /volume or /flows: nothing scrolls sideways (page, card or table),
/// no cards overlap, no text is cut off. Saves the screenshot it checked under bin/.../screenshots.
/// </summary>
internal static class ExecutiveLayout
{
    /// <summary>Starts the page in the theme a person chose earlier (the theme cookie the toggle writes).</summary>
    public static Task UseThemeAsync(IPage page, DashboardServer server, string theme) =>
        page.Context.AddCookiesAsync([new Cookie { Name = DashboardTheme.CookieName, Value = theme, Url = server.BaseAddress.ToString() }]);

    public static async Task AssertFitsAsync(IPage page, string name)
    {
        var problems = await page.EvaluateAsync<string[]>(Problems);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        var file = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(problems.Length == 0, $"Layout problems on {name} (screenshot: {file}):\n" + string.Join("\n", problems));
    }

    private const string Problems = """
        () => {
            const problems = [];
            const name = e => e.dataset.testid || e.dataset.kpi || e.className;
            if (document.documentElement.scrollWidth > window.innerWidth)
                problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px wide`);
            for (const e of document.querySelectorAll('.widget, .chart-table-wrap, .exec-controls'))
                if (e.scrollWidth > e.clientWidth + 1) problems.push(`${name(e)} is ${e.scrollWidth}px wide inside ${e.clientWidth}px`);
            const boxes = [...document.querySelectorAll('.widget, .headline-figure')].map(e => [e, e.getBoundingClientRect()]);
            for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                    const [a, ra] = boxes[i], [b, rb] = boxes[j];
                    if (a.contains(b) || b.contains(a)) continue;
                    if (Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1 && Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1)
                        problems.push(`${name(a)} overlaps ${name(b)}`);
                }
            const texts = '.widget-title, .headline-figure *, .data-table th, .data-table td, .exec-controls .mud-button-label, .exec-controls input, .sankey-hover > *, .sankey-legend';
            for (const e of document.querySelectorAll(texts)) {
                if (e.clientWidth <= 1) continue;
                if (e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > window.innerWidth)
                    problems.push(`clipped text: "${(e.value || e.textContent).trim().slice(0, 40)}" (${e.scrollWidth}px in ${e.clientWidth}px)`);
            }
            return problems;
        }
        """;
}
