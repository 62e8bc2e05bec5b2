using System.Collections.Concurrent;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// The pages work in real Chromium under the dashboard's Content-Security-Policy: sign-in, the charts of the overview,
/// /volume and /flows (with a PNG download, which draws the chart from a data: image), the status bar's Reload link,
/// and MudBlazor's dialog and popover on /admin. Any violation the browser reports fails the test; so does a page without the policy.
/// </summary>
public sealed class ContentSecurityPolicyTests(SeededDashboardServer server, BrowserFixture browser) : IClassFixture<SeededDashboardServer>
{
    private const string ReportViolation = """
        document.addEventListener('securitypolicyviolation', e =>
            window.reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));
        """;

    [Fact]
    public async Task Pages_charts_dialogs_and_popovers_work_under_the_policy_and_an_injected_inline_script_is_refused()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        var violations = new ConcurrentQueue<string>();
        await page.Context.ExposeFunctionAsync("reportCspViolation", (string violation) => violations.Enqueue($"{page.Url}: {violation}"));
        await page.Context.AddInitScriptAsync(ReportViolation);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && IsPolicyComplaint(message.Text))
            {
                violations.Enqueue($"{page.Url} console: {message.Text}");
            }
        };

        await OpenAsync(page, AccountPaths.SignIn, interactive: false);
        await BrowserFixture.SubmitSignInFormAsync(page, IdentitySeeding.DemoEmail(Roles.Admin), DashboardServer.DemoPassword);
        await PageChecks.WaitUntilSettledAsync(page);

        await OpenAsync(page, "/");
        await OpenAsync(page, "/flows?range=30d");
        // The status bar's "Reload" (shown once the circuit has failed) reloads this page without an inline handler.
        await page.EvaluateAsync("() => document.documentElement.dataset.circuit = 'failed'");
        await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Reload" }).ClickAsync(),
            request => request.IsNavigationRequest && request.Url.EndsWith("/flows?range=30d", StringComparison.Ordinal));
        await PageChecks.WaitUntilSettledAsync(page);
        await OpenAsync(page, "/volume?range=30d");
        await page.Locator("[data-chart-id='volume'] .apexcharts-menu-icon").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-chart-id='volume'] .apexcharts-menu-item.exportPNG").ClickAsync());
        Assert.EndsWith(".png", download.SuggestedFilename);

        await OpenAsync(page, "/admin");
        var users = page.GetByTestId("users-panel");
        await users.GetByTestId("user-lock").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToBeVisibleAsync();
        await page.GetByTestId("confirm-cancel").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToHaveCountAsync(0);
        await users.GetByTestId("user-role").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = Roles.Executive, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);

        // Let late reports (styles, images) arrive before judging.
        await page.WaitForTimeoutAsync(500);
        Assert.True(violations.IsEmpty, "The policy blocked something the pages need:\n" + string.Join("\n", violations));

        // The policy is enforced, not only sent: a script injected into the page does not run.
        var ran = await page.EvaluateAsync<bool>("""
            () => { const s = document.createElement('script'); s.textContent = 'window.injectedRan = true';
                    document.head.appendChild(s); return window.injectedRan === true; }
            """);
        Assert.False(ran);
        for (var waited = 0; violations.IsEmpty && waited < 5000; waited += 100)
        {
            await page.WaitForTimeoutAsync(100);
        }

        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Contains("script-src", v));
    }

    private static async Task OpenAsync(IPage page, string path, bool interactive = true)
    {
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        var policy = await response.HeaderValueAsync("content-security-policy");
        // Blazor alone sends "frame-ancestors 'self'"; the dashboard's policy also governs scripts.
        Assert.True(policy?.Contains("script-src") == true, $"{path} was served without the dashboard's Content-Security-Policy: '{policy}'.");
        await PageChecks.WaitUntilSettledAsync(page, interactive);
    }

    private static bool IsPolicyComplaint(string text) =>
        text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
        || text.Contains("Refused to", StringComparison.Ordinal)
        || text.Contains("Permissions-Policy", StringComparison.OrdinalIgnoreCase);
}
