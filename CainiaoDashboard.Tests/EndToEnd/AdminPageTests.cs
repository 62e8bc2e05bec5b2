using System.Net;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>/admin as an administrator works it: carrier keys, users and the simulator, each checked where it takes effect.</summary>
public sealed class AdminPageTests(DashboardServer server, BrowserFixture browser) : PageTests<DashboardServer>(server, browser)
{
    [Fact]
    public async Task A_key_created_on_the_page_works_a_rotated_key_is_replaced_at_once_and_a_revoked_one_stops_at_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var trackingNumber = await RegisterParcelAsync(DateTime.UtcNow.AddHours(-2), ct);
        var page = await OpenAdminAsync();
        var keys = page.GetByTestId("keys-panel");

        await ChooseAsync(page, keys.GetByTestId("key-carrier"), "ZTO · ZTO Express (Zhongtong)");
        await keys.GetByTestId("key-create").ClickAsync();
        await Assertions.Expect(Snackbar(page, "Key created for ZTO.")).ToBeVisibleAsync();
        var first = await keys.GetByTestId("new-key").InputValueAsync();
        Assert.StartsWith("cnk_", first);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(first, trackingNumber, "GOT", ct));
        var row = keys.Locator($"tr[data-key-prefix='{first[..10]}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-active", "true");

        await row.GetByTestId("key-rotate").ClickAsync();
        await ConfirmAsync(page, "Rotate");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-active", "false");
        var second = await keys.GetByTestId("new-key").InputValueAsync();
        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(first, trackingNumber, "ARRIVAL", ct));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(second, trackingNumber, "ARRIVAL", ct));

        var secondRow = keys.Locator($"tr[data-key-prefix='{second[..10]}']");
        // The question opens with the focus on Cancel, and Escape answers "no": the key stays active.
        await secondRow.GetByTestId("key-revoke").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Assertions.Expect(secondRow).ToHaveAttributeAsync("data-active", "true");
        Assert.Equal(HttpStatusCode.OK, await PostAsync(second, trackingNumber, "SENT_SCAN", ct));

        await secondRow.GetByTestId("key-revoke").ClickAsync();
        await ConfirmAsync(page, "Revoke");
        await Assertions.Expect(secondRow).ToHaveAttributeAsync("data-active", "false");
        await Assertions.Expect(Snackbar(page, $"Key revoked: ZTO key {second[..10]}… no longer works.")).ToBeVisibleAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(second, trackingNumber, "DEPARTURE", ct));

        // The list never shows a key again, only its first characters.
        Assert.DoesNotContain(second, await page.ContentAsync());
    }

    [Fact]
    public async Task Users_are_created_given_another_role_locked_and_unlocked_from_the_page()
    {
        var ct = TestContext.Current.CancellationToken;
        var email = $"new-{Guid.NewGuid():N}@example.com";
        const string password = "Admin-Made-Pass-42";
        var page = await OpenAdminAsync();
        var users = page.GetByTestId("users-panel");

        await users.GetByTestId("user-email").FillAsync(email);
        // The role list works from the keyboard: the arrow opens it on the current role (Support), the next one steps to Executive.
        var newRole = users.GetByTestId("user-role");
        await newRole.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(newRole).ToHaveAttributeAsync("aria-expanded", "true");
        // The list highlights the current role just after it opens; a key pressed before that would start from the top.
        await page.WaitForFunctionAsync(
            "([select, role]) => document.getElementById(select.getAttribute('aria-activedescendant'))?.textContent.trim() === role",
            new object[] { await newRole.ElementHandleAsync(), Roles.Support });
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(newRole).ToHaveTextAsync(Roles.Executive);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(newRole).ToHaveAttributeAsync("aria-expanded", "false");
        await users.GetByTestId("user-password").FillAsync(password);
        await users.GetByTestId("user-password").PressAsync("Enter");
        await Assertions.Expect(Snackbar(page, $"Created {email} ({Roles.Executive}).")).ToBeVisibleAsync();
        var row = users.Locator($"tr[data-user='{email}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-role", Roles.Executive);
        await Assertions.Expect(row.GetByTestId("user-row-role")).ToHaveTextAsync(Roles.Executive);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, password, ct)).StatusCode);

        await ChooseAsync(page, row.GetByTestId("user-row-role"), Roles.Support);
        await ConfirmAsync(page, "Change role");
        await Assertions.Expect(Snackbar(page, $"{email} is now {Roles.Support}.")).ToBeVisibleAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-role", Roles.Support);
        Assert.Equal(Roles.Support, (await Server.Services.GetRequiredService<UserAdministration>().ListAsync(ct)).Single(u => u.Email == email).Role);

        await row.GetByTestId("user-lock").ClickAsync();
        await ConfirmAsync(page, "Lock");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-locked", "true");
        var refused = await SignInAsync(email, password, ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.StartsWith("This account is locked", AccountClient.ErrorMessage(await refused.Content.ReadAsStringAsync(ct)));

        await row.GetByTestId("user-unlock").ClickAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-locked", "false");
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, password, ct)).StatusCode);

        // An admin cannot lock themselves out.
        await Assertions.Expect(users.Locator($"tr[data-user='{IdentitySeeding.DemoEmail(Roles.Admin)}']").GetByTestId("user-lock")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_weak_password_or_a_taken_address_is_explained_and_nothing_is_created()
    {
        var page = await OpenAdminAsync();
        var users = page.GetByTestId("users-panel");

        await users.GetByTestId("user-email").FillAsync(IdentitySeeding.DemoEmail(Roles.Manager));
        await users.GetByTestId("user-password").FillAsync("Another-Pass-77");
        await users.GetByTestId("user-create").ClickAsync();
        await Assertions.Expect(Snackbar(page, "A user with this e-mail address already exists.")).ToBeVisibleAsync();

        await users.GetByTestId("user-email").FillAsync("weak@example.com");
        await users.GetByTestId("user-password").FillAsync("short");
        await users.GetByTestId("user-create").ClickAsync();
        await Assertions.Expect(Snackbar(page, "Passwords must be at least 10 characters.", exact: false)).ToBeVisibleAsync();
        await Assertions.Expect(users.Locator("tr[data-user='weak@example.com']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Simulator_scenarios_and_rate_applied_on_the_page_are_what_the_engine_reads_next_tick()
    {
        var scenarios = Server.Services.GetRequiredService<SimulatorScenarios>();
        var page = await OpenAdminAsync();
        var panel = page.GetByTestId("simulator-panel");

        await panel.GetByTestId("sim-rate").FillAsync("2.5");
        await panel.GetByLabel("Singles' Day surge (volume ×3, slower transit)").CheckAsync();
        await ChooseAsync(page, panel.GetByTestId("sim-weather-hub"), "HGH · Hangzhou sorting centre");
        await ChooseAsync(page, panel.GetByTestId("sim-customs-gateway"), "LAX · Los Angeles gateway");
        await panel.GetByTestId("sim-apply").ClickAsync();

        await Assertions.Expect(panel.GetByTestId("sim-current")).ToHaveTextAsync("In effect: rate ×2.5, Singles' Day surge, weather at HGH, customs hold at LAX");
        await Assertions.Expect(Snackbar(page, "Simulator settings applied", exact: false)).ToBeVisibleAsync();
        Assert.Equal(new ScenarioSettings(true, 1, 9, 2.5), scenarios.Current);

        await panel.GetByTestId("sim-rate").FillAsync("500");
        await panel.GetByTestId("sim-apply").ClickAsync();
        await Assertions.Expect(Snackbar(page, "The rate multiplier must be between 0 and 100; nothing was changed.")).ToBeVisibleAsync();
        Assert.Equal(2.5, scenarios.Current.RateMultiplier);

        await panel.GetByRole(AriaRole.Button, new() { Name = "Reset" }).ClickAsync();
        await Assertions.Expect(panel.GetByTestId("sim-current")).ToHaveTextAsync("In effect: rate ×1");
        Assert.Equal(new ScenarioSettings(), scenarios.Current);
    }

    [Fact]
    public async Task The_admin_page_reads_in_chinese_and_fits_a_laptop()
    {
        var page = await Browser.NewSignedInPageAsync(Server, Roles.Admin, 1280, 800);
        await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie
        {
            Name = Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Value = Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new("zh-CN")),
            Url = Server.BaseAddress.ToString(),
        }]);

        await page.GotoAsync("/admin");
        await page.WaitUntilInteractiveAsync();

        await Assertions.Expect(page).ToHaveTitleAsync("管理 · CainiaoDashboard");
        await Assertions.Expect(page.Locator(".as-of")).ToHaveTextAsync("时间为北京时间（显示UTC）");
        await Assertions.Expect(page.Locator("h2.widget-title")).ToContainTextAsync(["模拟器", "API 密钥", "未映射的承运商代码", "用户与角色"]);
        var users = page.GetByTestId("users-panel");
        await Assertions.Expect(users.Locator($"tr[data-user='{IdentitySeeding.DemoEmail(Roles.Support)}'] [data-testid=user-row-role]")).ToHaveTextAsync("客服");
        await users.GetByTestId("user-email").FillAsync("weak-zh@example.com");
        await users.GetByTestId("user-password").FillAsync("short");
        await users.GetByTestId("user-create").ClickAsync();
        await Assertions.Expect(Snackbar(page, "密码至少需要10个字符。", exact: false)).ToBeVisibleAsync();
        await PageChecks.AssertFitsAsync(page, "admin-zh-CN-1280x800");
    }

    private async Task<IPage> OpenAdminAsync()
    {
        var page = await OpenAsync(Roles.Admin, "/admin");
        await Assertions.Expect(page.GetByTestId("users-table")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>Opens a MudSelect and clicks one of its options, as a person does.</summary>
    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true })).ToHaveCountAsync(0);
    }

    /// <summary>Answers the confirmation dialog with its action button.</summary>
    private static async Task ConfirmAsync(IPage page, string action)
    {
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    /// <summary>A snackbar message (results of actions show there).</summary>
    private static ILocator Snackbar(IPage page, string text, bool exact = true) =>
        page.Locator("#mud-snackbar-container").GetByText(text, new() { Exact = exact });

    private async Task<HttpResponseMessage> SignInAsync(string email, string password, CancellationToken ct) =>
        await AccountClient.PostSignInAsync(AccountClient.Create(Server.BaseAddress), email, password, ct);

    /// <summary>One event through the real ingest API with the given key.</summary>
    private async Task<HttpStatusCode> PostAsync(string key, string trackingNumber, string code, CancellationToken ct)
    {
        using var http = CarrierApi.ClientWithKey(Server, key);
        using var response = await CarrierApi.PostAsync(http, $"{trackingNumber}-{code}", trackingNumber, code, code, "HGH", DateTime.UtcNow.AddMinutes(-5), ct);
        return response.StatusCode;
    }
}
