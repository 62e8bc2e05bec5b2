using System.Text.RegularExpressions;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// Chinese beside English: the browser's Accept-Language chooses first, the switch in the app bar (and on the sign-in
/// page) chooses after it, keeps the page, its filters and the live circuit (no reload, no new connection), and its choice
/// survives a reload.
/// </summary>
public sealed class LanguageSwitchTests(DashboardServer server, BrowserFixture browser) : PageTests<DashboardServer>(server, browser)
{
    [Fact]
    public async Task The_sign_in_page_speaks_the_browsers_language_until_the_switch_chooses_another()
    {
        var page = await Browser.NewPageAsync(Server.BaseAddress);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "zh-CN,zh;q=0.9,en;q=0.5" });

        await page.GotoAsync(AccountPaths.SignIn);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("登录");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await Assertions.Expect(page.Locator(".account-validation")).ToHaveTextAsync(["请输入电子邮箱。", "请输入密码。"]);

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
        await Assertions.Expect(page.GetByTestId("language-switch")).ToHaveTextAsync("中文");
    }

    [Fact]
    public async Task The_switch_keeps_the_page_and_its_filters_live_and_the_choice_survives_a_reload()
    {
        var late = await RegisterParcelAsync(DateTime.UtcNow.AddHours(-40), TestContext.Current.CancellationToken);
        var page = await OpenAsync(Roles.Manager, "/parcels?view=late&carrier=ZTO&lateness=Late");
        var navigation = page.GetByRole(AriaRole.Navigation);
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Parcels", Exact = true })).ToBeVisibleAsync();
        await page.WaitUntilInteractiveAsync();
        var circuit = await SameCircuitWatch.StartAsync(page);

        await page.GetByTestId("language-switch").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Uri(Server.BaseAddress, "/parcels?view=late&carrier=ZTO&lateness=Late").ToString());
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "包裹", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("sign-out")).ToContainTextAsync("退出登录");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("包裹");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        // The shared words of the list: the parcel's status and lateness.
        var row = page.GetByTestId("parcel-grid").Locator("tr", new() { Has = page.Locator($"a[data-tracking='{late}']") });
        await Assertions.Expect(row).ToContainTextAsync("待揽收");
        await Assertions.Expect(row.Locator(".lateness")).ToHaveTextAsync("已逾期");
        await Assertions.Expect(page.Locator("input[data-testid=filter-lateness]")).ToHaveValueAsync("已逾期");
        await circuit.AssertKeptAsync();
        // The new islands answer in the new language: a filter changed after the switch.
        await page.Locator("input[data-testid=filter-lateness]").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "有逾期风险", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("lateness=AtRisk"));
        await Assertions.Expect(page.Locator("input[data-testid=filter-lateness]")).ToHaveValueAsync("有逾期风险");
        await circuit.AssertKeptAsync();
        await page.GotoAsync("/parcels?view=late&carrier=ZTO&lateness=Late");
        await PageChecks.AssertFitsAsync(page, "parcels-late-zh-CN-1440x900");
        await page.ReloadAsync();
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "包裹", Exact = true })).ToBeVisibleAsync();

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Parcels", Exact = true })).ToBeVisibleAsync();
        // A filter's choices made once for every page would keep the language of whoever came first.
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.Locator("input[data-testid=filter-lateness]")).ToHaveValueAsync("Late");
    }

    [Fact]
    public async Task After_the_switch_the_overview_stays_live_in_the_new_language()
    {
        var ct = TestContext.Current.CancellationToken;
        var parcel = await RegisterParcelAsync(DateTime.UtcNow.AddMinutes(-50), ct);
        using var zto = await CarrierApi.ClientAsync(Server, ReferenceData.Carriers.Single(c => c.Code == "ZTO").Id, ct);
        var page = await OpenAsync(Roles.Manager, "/");
        await page.WaitUntilInteractiveAsync();
        var circuit = await SameCircuitWatch.StartAsync(page);
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("运营总览");
        await Assertions.Expect(page.GetByTestId("live-status")).ToContainTextAsync("实时");

        // A scan ingested after the switch: the page shows it without a reload, its status worded in Chinese.
        await CarrierApi.PostAcceptedAsync(zto, $"{parcel}-GOT", parcel, "GOT", "已揽收", "HGH", DateTime.UtcNow.AddMinutes(-40), ct);
        var row = page.Locator($"[data-testid=event-feed] li[data-tracking='{parcel}']");
        await Assertions.Expect(row.Locator(".feed-status")).ToHaveTextAsync("已揽收");
        await Assertions.Expect(page.GetByTestId("as-of")).ToContainTextAsync("更新于");
        await circuit.AssertKeptAsync();
    }
}
