using System.Security.Claims;
using Bunit.TestDoubles;
using Bunit;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Admin;

public sealed class UsersPanelTests : MudTestContext, IClassFixture<AdminApp>
{
    private const string StrongPassword = "Admin-Made-Pass-42";
    private readonly UserAdministration users;
    private readonly BunitAuthorizationContext auth;
    private readonly AdminApp app;

    public UsersPanelTests(AdminApp app)
    {
        this.app = app;
        users = app.Services.GetRequiredService<UserAdministration>();
        Services.AddSingleton(users);
        Services.AddSingleton(TimeProvider.System);
        auth = AddAuthorization();
        RenderProviders();
    }

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_weak_password_is_refused_with_the_reason_and_nobody_is_created()
    {
        await SignInAsNewAdminAsync();
        var email = NewEmail();
        var cut = RenderPanel();

        cut.Find("input[data-testid=user-email]").Input(email);
        cut.Find("input[data-testid=user-password]").Input("short");
        cut.Find("[data-testid=user-create]").Click();

        Snackbars.WaitForAssertion(() =>
            Assert.Contains("Passwords must be at least 10 characters.", Snackbars.Find(".mud-snackbar.mud-alert-filled-error").TextContent));
        Assert.Empty(cut.FindAll($"tr[data-user='{email}']"));
        Assert.DoesNotContain(await users.ListAsync(Ct), u => u.Email == email);
        Assert.Equal(email, cut.Find("input[data-testid=user-email]").GetAttribute("value"));
        Assert.Equal("", cut.Find("input[data-testid=user-password]").GetAttribute("value"));
    }

    [Theory]
    [InlineData("en-GB", "Passwords must be at least 10 characters.")]
    [InlineData("zh-CN", "密码至少需要10个字符。")]
    public async Task A_weak_password_is_refused_in_the_readers_language(string language, string reason)
    {
        await SignInAsNewAdminAsync();
        using var culture = CultureScope.Of(language);
        var cut = RenderPanel();

        cut.Find("input[data-testid=user-email]").Input(NewEmail());
        cut.Find("input[data-testid=user-password]").Input("short");
        cut.Find("[data-testid=user-create]").Click();

        Snackbars.WaitForAssertion(() => Assert.Contains(reason, Snackbars.Find(".mud-snackbar.mud-alert-filled-error").TextContent));
    }

    [Theory]
    [InlineData("en-GB", "E-mail address|Role|Status", "Support", "(you)", "Lock user", "Lock {0}? They are signed out within a minute and cannot sign in until unlocked.", "3 failed sign-ins", "Locked until ")]
    [InlineData("zh-CN", "电子邮箱|角色|状态", "客服", "（您）", "锁定用户", "锁定{0}？该用户将在一分钟内被退出登录，解锁前无法登录。", "登录失败3次", "锁定至")]
    public async Task The_list_and_its_confirmations_speak_the_readers_language(
        string language, string headers, string support, string you, string title, string question, string failures, string lockedUntil)
    {
        var admin = await SignInAsNewAdminAsync();
        var email = await CreateUserAsync(Roles.Support);
        var failing = await CreateUserAsync(Roles.Support);
        var lockedOut = await CreateUserAsync(Roles.Support);
        var until = new DateTimeOffset(2099, 3, 4, 1, 5, 0, TimeSpan.Zero);
        await FailSignInsAsync(failing, 3);
        await LockOutUntilAsync(lockedOut, until);
        using var culture = CultureScope.Of(language);

        var cut = RenderPanel();

        Assert.Equal(headers.Split('|'), cut.FindAll("[data-testid=users-table] thead th").Take(3).Select(h => h.TextContent));
        var row = $"tr[data-user='{email}']";
        Assert.Equal(support, cut.Find($"{row} [data-testid=user-row-role]").TextContent);
        Assert.Equal(Roles.Support, RoleShown(cut, row));
        Assert.Contains(you, cut.Find($"tr[data-user='{admin}']").TextContent);
        Assert.Equal(failures, cut.Find($"tr[data-user='{failing}'] td:nth-child(3)").TextContent.Trim());
        Assert.Equal(lockedUntil + "2099-03-04 09:05 CST", cut.Find($"tr[data-user='{lockedOut}'] .admin-status-stopped").TextContent);

        cut.Find($"{row} [data-testid=user-lock]").Click();

        Assert.Equal(string.Format(question, email), Dialogs.WaitForElement("[data-testid=confirm-message]").TextContent);
        Assert.Equal(title, Dialogs.Find(".mud-dialog-title").TextContent.Trim());
        Dialogs.Find("[data-testid=confirm-cancel]").Click();
    }

    [Fact]
    public async Task A_created_user_is_listed_with_the_chosen_role_and_the_form_clears()
    {
        await SignInAsNewAdminAsync();
        var email = NewEmail();
        var cut = RenderPanel();

        cut.Find("input[data-testid=user-email]").Input(email);
        Popovers.Choose(cut.Find("[data-testid=user-role]"), Roles.Executive);
        cut.Find("input[data-testid=user-password]").Input(StrongPassword);
        cut.Find("[data-testid=user-create]").Click();

        cut.WaitForAssertion(() => Assert.Equal(Roles.Executive, cut.Find($"tr[data-user='{email}']").GetAttribute("data-role")));
        Assert.Equal(Roles.Executive, (await users.ListAsync(Ct)).Single(u => u.Email == email).Role);
        Snackbars.WaitForAssertion(() => Assert.Contains($"Created {email} ({Roles.Executive}).", Snackbars.Find(".mud-alert-filled-success").TextContent));
        Assert.Equal("", cut.Find("input[data-testid=user-email]").GetAttribute("value"));
        Assert.Equal("", cut.Find("input[data-testid=user-password]").GetAttribute("value"));
    }

    [Fact]
    public async Task Locking_asks_first_cancel_leaves_the_user_active_and_ok_locks_them()
    {
        var admin = await SignInAsNewAdminAsync();
        var email = await CreateUserAsync(Roles.Support);
        var cut = RenderPanel();
        var row = $"tr[data-user='{email}']";

        cut.Find($"{row} [data-testid=user-lock]").Click();
        Assert.Contains($"Lock {email}?", Dialogs.WaitForElement("[data-testid=confirm-message]").TextContent);
        Dialogs.Find("[data-testid=confirm-cancel]").Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-dialog")));
        Assert.Equal("false", cut.Find(row).GetAttribute("data-locked"));
        Assert.False(IsLocked(await users.ListAsync(Ct), email));

        cut.Find($"{row} [data-testid=user-lock]").Click();
        Dialogs.WaitForElement("[data-testid=confirm-ok]").Click();

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(row).GetAttribute("data-locked")));
        Assert.Contains("Locked by an administrator", cut.Find(row).TextContent);
        Assert.NotNull(cut.Find($"{row} [data-testid=user-unlock]"));
        Assert.True(IsLocked(await users.ListAsync(Ct), email));
        Snackbars.WaitForAssertion(() => Assert.Contains($"{email} is locked and signed out.", Snackbars.Markup));
        Assert.Empty(cut.FindAll($"tr[data-user='{admin}'] [data-testid=user-lock]"));
    }

    [Fact]
    public async Task A_role_change_asks_first_and_a_cancelled_one_shows_the_stored_role_again()
    {
        await SignInAsNewAdminAsync();
        var email = await CreateUserAsync(Roles.Support);
        var cut = RenderPanel();
        var row = $"tr[data-user='{email}']";

        Popovers.Choose(cut.Find($"{row} [data-testid=user-row-role]"), Roles.Manager);
        Assert.Contains($"Make {email} {Roles.Manager}?", Dialogs.WaitForElement("[data-testid=confirm-message]").TextContent);
        Dialogs.Find("[data-testid=confirm-cancel]").Click();

        cut.WaitForAssertion(() => Assert.Equal(Roles.Support, RoleShown(cut, row)));
        Assert.Equal(Roles.Support, cut.Find(row).GetAttribute("data-role"));
        Assert.Equal(Roles.Support, (await users.ListAsync(Ct)).Single(u => u.Email == email).Role);

        Popovers.Choose(cut.Find($"{row} [data-testid=user-row-role]"), Roles.Manager);
        Dialogs.WaitForElement("[data-testid=confirm-ok]").Click();

        cut.WaitForAssertion(() => Assert.Equal(Roles.Manager, cut.Find(row).GetAttribute("data-role")));
        Assert.Equal(Roles.Manager, RoleShown(cut, row));
        Assert.Equal(Roles.Manager, (await users.ListAsync(Ct)).Single(u => u.Email == email).Role);
        Snackbars.WaitForAssertion(() => Assert.Contains($"{email} is now {Roles.Manager}.", Snackbars.Markup));
    }

    private IRenderedComponent<UsersPanel> RenderPanel()
    {
        var cut = Render<UsersPanel>(p => p.Add(c => c.Zone, DisplayTimeZones.ChinaStandardTime));
        cut.WaitForElement("[data-testid=users-table]");
        return cut;
    }

    /// <summary>Creates an admin and makes them the signed-in user the panel sees; returns their e-mail address.</summary>
    private async Task<string> SignInAsNewAdminAsync()
    {
        var email = await CreateUserAsync(Roles.Admin);
        var id = (await users.ListAsync(Ct)).Single(u => u.Email == email).Id;
        auth.SetAuthorized(email);
        auth.SetRoles(Roles.Admin);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, id));
        return email;
    }

    private async Task<string> CreateUserAsync(string role)
    {
        var email = NewEmail();
        var outcome = await users.CreateAsync(email, role, StrongPassword, Ct);
        Assert.True(outcome.Succeeded, outcome.Message);
        return email;
    }

    private async Task FailSignInsAsync(string email, int times)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        var user = (await manager.FindByEmailAsync(email))!;
        for (var i = 0; i < times; i++) await manager.AccessFailedAsync(user);
    }

    private async Task LockOutUntilAsync(string email, DateTimeOffset until)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        Assert.True((await manager.SetLockoutEndDateAsync((await manager.FindByEmailAsync(email))!, until)).Succeeded);
    }

    private static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    private static bool IsLocked(IEnumerable<UserRow> rows, string email) => rows.Single(u => u.Email == email).IsLocked(DateTimeOffset.UtcNow);

    private static string? RoleShown(IRenderedComponent<UsersPanel> cut, string row) =>
        cut.Find($"{row} div.mud-select input").GetAttribute("value");
}
