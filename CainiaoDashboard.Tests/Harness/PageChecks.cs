using System.Text.Json;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// What a reviewer checks on every page in a real browser: that it has finished loading, that it fits the screen
/// (layout), and that axe-core finds no serious or critical WCAG 2.1 A/AA violation.
/// </summary>
public static partial class PageChecks
{
    private static readonly Lazy<string> AxeScript = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    /// <summary>Waits for the circuit, loading cards, grid loading rows and charts to finish.</summary>
    public static async Task WaitUntilSettledAsync(IPage page, bool interactive = true)
    {
        if (interactive)
        {
            await page.WaitUntilInteractiveAsync();
        }

        await Assertions.Expect(page.Locator(".loading-card, .mud-table-loading, .mud-skeleton")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".apex-chart:not([data-drawn='true'])")).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))))");
    }

    /// <summary>Sideways scrolling, content cut at the right edge, overlapping cards, clipped text, empty widgets.</summary>
    public static async Task<IReadOnlyList<string>> LayoutProblemsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(LayoutScript);

    /// <summary>axe-core's serious and critical violations of WCAG 2.0/2.1 A and AA, one line each.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            // Evaluated through the browser's DevTools protocol: the page's Content-Security-Policy refuses an added <script>.
            await page.EvaluateAsync(AxeScript.Value);
        }

        var json = await page.EvaluateAsync<string>(AxeRunScript);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(v => v.GetString()!).ToList();
    }

    /// <summary>Starts the page in the theme a person chose earlier (the cookie the theme toggle writes).</summary>
    public static Task UseThemeAsync(IPage page, Uri server, string theme) =>
        page.Context.AddCookiesAsync([new Cookie { Name = DashboardTheme.CookieName, Value = theme, Url = server.ToString() }]);

    /// <summary>Saves a screenshot named <paramref name="name"/> and fails with the layout problems it shows.</summary>
    public static async Task AssertFitsAsync(IPage page, string name)
    {
        var problems = await LayoutProblemsAsync(page);
        var file = await ScreenshotAsync(page, name);
        Assert.True(problems.Count == 0, $"Layout problems on {name} (screenshot: {file}):\n" + string.Join("\n", problems));
    }

    /// <summary>
    /// English left on a page shown in Chinese: every word of two or more Latin letters in the text a reader sees or a
    /// screen reader reads (text, and the aria-label, title, placeholder and alt of shown elements), except the words
    /// in <paramref name="allowed"/> (codes), tokens with digits (tracking numbers, times, P90), e-mail addresses, code
    /// (<c>&lt;code&gt;</c>, <c>&lt;kbd&gt;</c>), text declared in another language (<c>lang</c>), and text marked
    /// <c>translate="no"</c> (a carrier's own wording, people's names and addresses, complaints' text: data, not the UI).
    /// </summary>
    public static async Task<IReadOnlyList<string>> EnglishLeftoversAsync(IPage page, IReadOnlySet<string> allowed)
    {
        var texts = await page.EvaluateAsync<string[]>(ShownTextsScript);
        return [.. texts
            .SelectMany(text => AsciiRun().Matches(text)
                .Select(m => m.Value.Trim('.', '-', '\''))
                .Where(token => token.Count(char.IsAsciiLetter) >= 2 && !token.Any(char.IsAsciiDigit) && !token.Contains('@')
                    && !allowed.Contains(token))
                .Select(token => $"\"{token}\" in \"{(text.Length > 90 ? text[..90] + "…" : text)}\""))
            .Distinct()];
    }

    // A word in Latin letters (with the digits, dots, dashes and @ of codes, numbers and addresses), wherever it stands:
    // Chinese writes no spaces around the codes it holds (在HGH揽收).
    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z0-9_@.'-]+")]
    private static partial System.Text.RegularExpressions.Regex AsciiRun();

    private const string ShownTextsScript = """
        () => {
            // translate="no" marks data (a carrier's own words, names), the nearest translate attribute winning as in HTML;
            // code (commands, settings) and text declared in another language (the switch's "English") are not the UI's.
            const pageLanguage = document.documentElement.lang;
            const skipped = el => el.closest('script, style, noscript, template, code, kbd, samp') !== null
                || el.closest('[translate]')?.getAttribute('translate') === 'no'
                || (el.closest('[lang]')?.getAttribute('lang') ?? pageLanguage) !== pageLanguage;
            const shown = el => el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
            const texts = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent.trim();
                const el = node.parentElement;
                if (text && el && !skipped(el) && shown(el)) texts.push(text);
            }
            for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
                if (skipped(el) || !shown(el)) continue;
                for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                    const value = el.getAttribute(name);
                    if (value && value.trim()) texts.push(value.trim());
                }
            }
            texts.push(document.title);
            return texts;
        }
        """;

    /// <summary>A full-page screenshot under bin/.../screenshots/, for a person to look at; returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var file = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }

    private const string AxeRunScript = """
        async () => {
            const result = await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
            });
            return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.slice(0, 5).map(n =>
                    `${v.impact} ${v.id}: ${v.help} | ${n.target.join(' ')} | ${n.html.slice(0, 160)}`
                    + (n.any[0]?.message ? ` | ${n.any[0].message.slice(0, 160)}` : ''))));
        }
        """;

    private const string LayoutScript = """
        () => {
            const problems = [];
            const visible = e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none'; };
            const name = e => (e.dataset.testid || e.dataset.kpi || e.className?.baseVal || e.className || e.tagName).toString().slice(0, 60);
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth > window.innerWidth)
                problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`);
            for (const e of document.querySelectorAll('.mud-table-container, .mud-table, .table-scroll, .chart-table-wrap, .widget, .exec-controls')) {
                if (visible(e) && e.scrollWidth > e.clientWidth + 1)
                    problems.push(`table scrolls sideways: ${name(e)} ${e.scrollWidth}px in ${e.clientWidth}px`);
            }
            const cut = new Set();
            for (const e of document.querySelectorAll('.app-main *')) {
                // A button's ripple is a passing click animation that its button clips.
                if (!visible(e) || e.closest('.visually-hidden') || e.classList.contains('mud-ripple-effect')) continue;
                const r = e.getBoundingClientRect();
                if (r.right > width + 1 && !cut.has(e.parentElement)) { cut.add(e); }
            }
            for (const e of [...cut].slice(0, 5)) problems.push(`cut at the right edge: ${name(e)} "${e.textContent.trim().slice(0, 40)}"`);
            const boxes = [...document.querySelectorAll('[data-kpi], .widget, .headline-figure')].filter(visible).map(e => [e, e.getBoundingClientRect()]);
            for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                    const [a, ra] = boxes[i], [b, rb] = boxes[j];
                    if (a.contains(b) || b.contains(a)) continue;
                    const overlap = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1
                        && Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1;
                    if (overlap) problems.push(`${name(a)} overlaps ${name(b)}`);
                }
            const texts = '.kpi-card *, .headline-figure *, .widget-title, .page-title, th, td, .mud-nav-link-text, .mud-button-label, '
                + '.mud-input-label, .mud-select-input, .mud-chip-content, .sankey-hover > *, .sankey-legend';
            for (const e of document.querySelectorAll(texts)) {
                if (!visible(e)) continue;
                const style = getComputedStyle(e);
                if (style.overflow === 'visible' || style.textOverflow === 'ellipsis') continue;
                if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 1) problems.push(`clipped text: "${e.textContent.trim().slice(0, 40)}"`);
            }
            for (const e of document.querySelectorAll('.feed-tracking')) {
                if (e.scrollWidth > e.clientWidth + 1) problems.push(`tracking number cut off in the feed: ${e.textContent}`);
            }
            for (const e of document.querySelectorAll('.widget')) {
                if (visible(e) && e.innerText.trim().length === 0) problems.push(`empty widget: ${name(e)}`);
            }
            return problems;
        }
        """;
}
