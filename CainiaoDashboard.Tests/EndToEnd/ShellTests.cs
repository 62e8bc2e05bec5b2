using System.Net;
using System.Text.RegularExpressions;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Charts;

namespace CainiaoDashboard.Tests.EndToEnd;

public class ShellTests(DashboardServer server, BrowserFixture browser) : IClassFixture<DashboardServer>
{
    [Fact]
    public async Task Home_and_the_real_blazor_script_are_served()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = server.CreateClient();
        using var signedIn = await server.CreateSignedInClientAsync(Roles.Manager, ct);

        var home = await signedIn.GetAsync("/", ct);
        var script = await http.GetAsync("/_framework/blazor.web.js", ct);
        var health = await http.GetAsync("/healthz", ct);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var scriptText = await script.Content.ReadAsStringAsync(ct);
        Assert.True(scriptText.Length > 100_000, $"blazor.web.js is only {scriptText.Length} bytes");
        Assert.Contains("Blazor", scriptText);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task The_interactive_circuit_connects_without_console_errors()
    {
        var page = await browser.NewSignedInPageAsync(server, Roles.Manager);
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync("/");

        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Locator(".live-text-up")).ToBeVisibleAsync();
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_shell_reads_in_chinese_live_parts_included()
    {
        var page = await browser.NewSignedInPageAsync(server, Roles.Manager);
        await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie
        {
            Name = Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Value = Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new("zh-CN")),
            Url = server.BaseAddress.ToString(),
        }]);

        await page.GotoAsync("/system");
        await page.WaitUntilInteractiveAsync();

        await Assertions.Expect(page.Locator(".live-text-up")).ToHaveTextAsync("实时");
        await Assertions.Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("title", "切换到深色主题");
        await Assertions.Expect(page.GetByTestId("header-search")).ToHaveAttributeAsync("placeholder", "运单号");
        // The search is a live island: its answer comes from the circuit, in the circuit's language.
        await page.GetByTestId("header-search").FillAsync("ZZ404404404CN");
        await page.GetByTestId("header-search-find").ClickAsync();
        await Assertions.Expect(page.GetByTestId("header-search-message")).ToHaveTextAsync("没有运单号为 ZZ404404404CN 或以其开头的包裹。");

        await page.GotoAsync("/not-found");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("页面不存在");
        await Assertions.Expect(page).ToHaveTitleAsync("未找到 · CainiaoDashboard");
    }

    [Fact]
    public async Task The_theme_toggle_switches_to_dark_on_the_live_page_and_is_remembered_after_a_reload()
    {
        var page = await browser.OpenInteractiveAsync(server, Roles.Manager, "/");
        const string background = "() => getComputedStyle(document.body).backgroundColor";
        var light = await page.EvaluateAsync<string>(background);
        var axisLabel = page.Locator("[data-chart-id=throughput] .apexcharts-xaxis-label").First;
        await Assertions.Expect(axisLabel).ToHaveAttributeAsync("fill", ChartPalette.Light.TextColor);
        var circuit = await SameCircuitWatch.StartAsync(page);

        await page.GetByTestId("theme-toggle").ClickAsync();
        await Assertions.Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        var dark = await page.EvaluateAsync<string>(background);
        Assert.NotEqual(light, dark);
        // The live page's charts take the dark palette at once, in the same circuit.
        await Assertions.Expect(axisLabel).ToHaveAttributeAsync("fill", ChartPalette.Dark.TextColor);
        await circuit.AssertKeptAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(axisLabel).ToHaveAttributeAsync("fill", ChartPalette.Dark.TextColor);
        Assert.Equal(dark, await page.EvaluateAsync<string>(background));
    }

    [Fact]
    public async Task The_menu_button_in_the_fixed_app_bar_hides_and_shows_the_navigation()
    {
        var page = await browser.OpenInteractiveAsync(server, Roles.Manager, "/");
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the navigation" });
        var drawer = page.Locator(".app-sidebar");
        Assert.Equal("fixed", await page.Locator("header.app-header").EvaluateAsync<string>("bar => getComputedStyle(bar).position"));
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(drawer).ToHaveClassAsync(new Regex(@"\bmud-drawer--open\b"));

        await menu.ClickAsync();

        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(drawer).ToHaveClassAsync(new Regex(@"\bmud-drawer--closed\b"));

        await menu.ClickAsync();

        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(drawer).ToHaveClassAsync(new Regex(@"\bmud-drawer--open\b"));
    }

    [Fact]
    public async Task A_closed_drawer_stays_closed_on_the_next_page_as_the_server_draws_it()
    {
        var page = await browser.OpenInteractiveAsync(server, Roles.Manager, "/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the navigation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".app-sidebar")).ToHaveClassAsync(new Regex(@"\bmud-drawer--closed\b"));

        // The next page as the server sends it with this browser's cookies, before any script runs: the drawer does
        // not arrive open to be closed again.
        var next = await page.Context.APIRequest.GetAsync(new Uri(server.BaseAddress, "/system").ToString());
        var html = await next.TextAsync();

        Assert.Matches(new Regex(@"<aside[^>]*id=""app-navigation""[^>]*>"), html);
        Assert.Matches(new Regex(@"<aside[^>]*mud-drawer--closed[^>]*>"), html);
        Assert.Contains(@"aria-expanded=""false"" aria-controls=""app-navigation""", html);
    }

    [Fact]
    public async Task Side_navigation_reaches_the_pages_without_a_full_reload()
    {
        var page = await browser.OpenInteractiveAsync(server, Roles.Manager, "/");
        await page.EvaluateAsync("() => window.__sameDocument = true");

        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
        await navigation.GetByText("System").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "System" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Assertions.Expect(navigation.Locator("a[aria-current=page]")).ToHaveTextAsync("System");
        // The page that came in is live too.
        await page.WaitUntilInteractiveAsync();
    }
}
