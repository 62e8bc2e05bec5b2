using System.Net;
using CainiaoDashboard.Data;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.EndToEnd;

public sealed class SignInPageTests(SignInPageTests.Server server, BrowserFixture browser) : IClassFixture<SignInPageTests.Server>
{
    /// <summary>Sessions are re-checked against the user store every second here (a minute by default).</summary>
    public sealed class Server : DashboardServer
    {
        public Server() => WithSetting("Auth:SessionRevalidationSeconds", "1");
    }

    private const string Password = "Sign-In-Test-Pass-9";

    [Fact]
    public async Task The_sign_in_page_is_drawn_in_the_theme_the_cookie_chose()
    {
        const string background = "() => getComputedStyle(document.body).backgroundColor";
        var light = await browser.NewPageAsync(server.BaseAddress);
        await PageChecks.UseThemeAsync(light, server.BaseAddress, "light");
        await light.GotoAsync(AccountPaths.SignIn);
        var dark = await browser.NewPageAsync(server.BaseAddress);
        await PageChecks.UseThemeAsync(dark, server.BaseAddress, "dark");
        await dark.GotoAsync(AccountPaths.SignIn);

        Assert.NotEqual(await light.EvaluateAsync<string>(background), await dark.EvaluateAsync<string>(background));
    }

    [Fact]
    public async Task An_anonymous_visitor_signs_in_and_returns_to_the_page_asked_for()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);

        await page.GotoAsync("/system");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in\\?ReturnUrl=%2Fsystem$"));
        await BrowserFixture.SubmitSignInFormAsync(page, IdentitySeeding.DemoEmail(Roles.Executive), DashboardServer.DemoPassword);

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/system$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "System" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(IdentitySeeding.DemoEmail(Roles.Executive));
        await Assertions.Expect(page.GetByTestId("signed-in-role")).ToHaveTextAsync(Roles.Executive);
        await page.WaitUntilInteractiveAsync();
    }

    [Fact]
    public async Task The_return_address_is_kept_and_only_addresses_of_this_site_are_followed()
    {
        var ct = TestContext.Current.CancellationToken;
        var email = await CreateUserAsync(Roles.Manager, ct);

        using var local = await AccountClient.PostSignInAsync(AccountClient.Create(server.BaseAddress), email, Password, ct, "/system?tz=UTC");
        using var foreign = await AccountClient.PostSignInAsync(AccountClient.Create(server.BaseAddress), email, Password, ct, "//evil.example/steal");
        using var absolute = await AccountClient.PostSignInAsync(AccountClient.Create(server.BaseAddress), email, Password, ct, "https://evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, local.StatusCode);
        Assert.Equal("/system?tz=UTC", local.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Equal("/", foreign.Headers.Location!.PathAndQueryOrOriginal());
        Assert.Equal("/", absolute.Headers.Location!.PathAndQueryOrOriginal());
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_and_the_form_needs_its_antiforgery_token()
    {
        var ct = TestContext.Current.CancellationToken;
        var email = await CreateUserAsync(Roles.Support, ct);
        using var http = AccountClient.Create(server.BaseAddress);

        using var signedIn = await AccountClient.PostSignInAsync(http, email, Password, ct);
        using var forged = await AccountClient.Create(server.BaseAddress).PostAsync(AccountPaths.SignIn, new FormUrlEncodedContent(
            new Dictionary<string, string> { ["_handler"] = "sign-in", ["Input.Email"] = email, ["Input.Password"] = Password }), ct);

        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AuthSetup.CookieName + "="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(forged.Headers.TryGetValues("Set-Cookie", out var set) && set.Any(c => c.StartsWith(AuthSetup.CookieName + "=")));
    }

    [Fact]
    public async Task Repeated_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        var ct = TestContext.Current.CancellationToken;
        var email = await CreateUserAsync(Roles.Manager, ct);
        using var http = AccountClient.Create(server.BaseAddress);

        var messages = new List<string?>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var failed = await AccountClient.PostSignInAsync(http, email, "Wrong-Password-" + attempt, ct);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            messages.Add(AccountClient.ErrorMessage(await failed.Content.ReadAsStringAsync(ct)));
        }

        Assert.All(messages.Take(4), m => Assert.Equal("Wrong e-mail address or password.", m));
        Assert.StartsWith("This account is locked after 5 failed sign-ins.", messages[4]);

        // The right password no longer helps, in the browser either.
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserFixture.SignInAsync(page, email, Password);
        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToContainTextAsync("This account is locked");
        Assert.Empty(await page.Context.CookiesAsync([server.BaseAddress.ToString()]) is var cookies
            ? cookies.Where(c => c.Name == AuthSetup.CookieName) : []);

        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(ct);
        var lockedUntil = await db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync(ct);
        Assert.True(lockedUntil > DateTimeOffset.UtcNow.AddMinutes(10), $"Locked until {lockedUntil}, expected about 15 minutes.");
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_the_accounts_open_circuits_elsewhere()
    {
        var ct = TestContext.Current.CancellationToken;
        var email = await CreateUserAsync(Roles.Executive, ct);
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserFixture.SignInAsync(page, email, Password);
        await page.WaitUntilInteractiveAsync();
        var elsewhere = await browser.NewPageAsync(server.BaseAddress);
        await BrowserFixture.SignInAsync(elsewhere, email, Password);
        await elsewhere.WaitUntilInteractiveAsync();

        await page.GetByTestId("sign-out").ClickAsync();

        // Sign-out's redirect says "You are signed out."; with this server's one-second re-validation the page's own
        // circuit may notice the ended session first and send it to sign-in without that message. Either way: sign-in.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in\\?ReturnUrl=%2F$"));
        // The other browser's live circuit is sent to sign-in by its re-validation, without any action there.
        await Assertions.Expect(elsewhere).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
    }

    [Fact]
    public async Task A_locked_user_loses_open_sessions_both_the_cookie_and_the_live_circuit()
    {
        var ct = TestContext.Current.CancellationToken;
        var email = await CreateUserAsync(Roles.Manager, ct);
        using var http = AccountClient.Create(server.BaseAddress);
        using var signedIn = await AccountClient.PostSignInAsync(http, email, Password, ct);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/system", ct)).StatusCode);
        var page = await browser.NewPageAsync(server.BaseAddress);
        await BrowserFixture.SignInAsync(page, email, Password);
        await page.WaitUntilInteractiveAsync();

        var admin = server.Services.GetRequiredService<UserAdministration>();
        var id = (await admin.ListAsync(ct)).Single(u => u.Email == email).Id;
        Assert.True((await admin.SetLockedAsync(id, true, actingUserId: null, ct)).Succeeded);

        // The open page is sent to sign-in by the circuit's re-validation, without any action of the user.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
        await Task.Delay(TimeSpan.FromSeconds(1.2), ct);
        using var afterLock = await http.GetAsync("/system", ct);
        Assert.Equal(HttpStatusCode.Redirect, afterLock.StatusCode);
        Assert.Contains(AccountPaths.SignIn, afterLock.Headers.Location!.OriginalString);
        using var again = await AccountClient.PostSignInAsync(AccountClient.Create(server.BaseAddress), email, Password, ct);
        Assert.StartsWith("This account is locked", AccountClient.ErrorMessage(await again.Content.ReadAsStringAsync(ct)));
    }

    private async Task<string> CreateUserAsync(string role, CancellationToken ct)
    {
        var email = $"user-{Guid.NewGuid():N}@example.com";
        var outcome = await server.Services.GetRequiredService<UserAdministration>().CreateAsync(email, role, Password, ct);
        Assert.True(outcome.Succeeded, outcome.Message);
        return email;
    }
}

internal static class UriExtensions
{
    public static string PathAndQueryOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
