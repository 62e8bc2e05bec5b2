using System.Net;
using Cookie = System.Net.Cookie;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>
/// A session cookie copied before sign-out, a lock or a role change is replayed over real HTTP and must be refused at
/// once: the server (60 s circuit re-validation, the default) keeps no grace period for cookies.
/// </summary>
public sealed class SessionValidationTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const string Password = "Session-Test-Pass-7";

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_opens_anything()
    {
        var ct = TestContext.Current.CancellationToken;
        var (_, email) = await CreateAdminAsync(ct);
        var cookies = new CookieContainer();
        using var browser = AccountClient.Create(server.BaseAddress, cookies);
        await SignInAsync(browser, email, ct);
        var copied = CopyOfSessionCookie(cookies);
        await AssertAdminAccessAsync(copied, ct);

        using var signedOut = await AccountClient.PostSignOutAsync(browser, ct);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(AccountPaths.SignIn + "?signedOut=true", signedOut.Headers.Location?.OriginalString);

        await AssertRefusedAsync(copied, ct);
    }

    [Fact]
    public async Task A_cookie_of_a_user_an_admin_locks_no_longer_opens_anything()
    {
        var ct = TestContext.Current.CancellationToken;
        var (id, email) = await CreateAdminAsync(ct);
        var copied = await SignedInCookieAsync(email, ct);
        await AssertAdminAccessAsync(copied, ct);

        var outcome = await server.Services.GetRequiredService<UserAdministration>().SetLockedAsync(id, true, actingUserId: null, ct);
        Assert.True(outcome.Succeeded, outcome.Message);

        await AssertRefusedAsync(copied, ct);
    }

    [Fact]
    public async Task A_cookie_issued_before_a_role_change_loses_the_old_roles_access()
    {
        var ct = TestContext.Current.CancellationToken;
        var (id, email) = await CreateAdminAsync(ct);
        var copied = await SignedInCookieAsync(email, ct);
        await AssertAdminAccessAsync(copied, ct);

        var outcome = await server.Services.GetRequiredService<UserAdministration>().ChangeRoleAsync(id, Roles.Manager, actingUserId: null, ct);
        Assert.True(outcome.Succeeded, outcome.Message);

        await AssertRefusedAsync(copied, ct);
        // Signing in again gives the new role, and only its access.
        using var again = ClientWith(await SignedInCookieAsync(email, ct));
        using var keys = await again.GetAsync("/api/admin/api-keys", ct);
        Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode);
        using var system = await again.GetAsync("/system", ct);
        Assert.Equal(HttpStatusCode.OK, system.StatusCode);
    }

    private async Task AssertAdminAccessAsync(Cookie cookie, CancellationToken ct)
    {
        using var http = ClientWith(cookie);
        using var page = await http.GetAsync("/admin", ct);
        using var keys = await http.GetAsync("/api/admin/api-keys", ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, keys.StatusCode);
    }

    /// <summary>Refused everywhere: pages go to sign-in, data and the live connection get 401, and nothing renews the cookie.</summary>
    private async Task AssertRefusedAsync(Cookie cookie, CancellationToken ct)
    {
        using var http = ClientWith(cookie);
        using var page = await http.GetAsync("/admin", ct);
        using var keys = await http.GetAsync("/api/admin/api-keys", ct);
        using var negotiate = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", null, ct);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains(AccountPaths.SignIn, page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, keys.StatusCode);
        Assert.DoesNotContain("\"prefix\"", await keys.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.Unauthorized, negotiate.StatusCode);
        foreach (var response in new[] { page, keys, negotiate })
        {
            Assert.False(RenewsSessionCookie(response), $"{response.RequestMessage!.RequestUri} renewed the session cookie.");
        }
    }

    /// <summary>True when the response sets a live session cookie (deleting it, with an expiry in the past, is fine).</summary>
    private static bool RenewsSessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
        && values.Any(v => v.StartsWith(AuthSetup.CookieName + "=", StringComparison.Ordinal)
                           && !v.StartsWith(AuthSetup.CookieName + "=;", StringComparison.Ordinal));

    private HttpClient ClientWith(Cookie cookie)
    {
        var cookies = new CookieContainer();
        cookies.Add(server.BaseAddress, new Cookie(cookie.Name, cookie.Value, "/"));
        return AccountClient.Create(server.BaseAddress, cookies);
    }

    private async Task<Cookie> SignedInCookieAsync(string email, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        using var http = AccountClient.Create(server.BaseAddress, cookies);
        await SignInAsync(http, email, ct);
        return CopyOfSessionCookie(cookies);
    }

    private static async Task SignInAsync(HttpClient http, string email, CancellationToken ct)
    {
        using var response = await AccountClient.PostSignInAsync(http, email, Password, ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Cookie CopyOfSessionCookie(CookieContainer cookies)
    {
        var cookie = cookies.GetCookies(server.BaseAddress)[AuthSetup.CookieName];
        Assert.NotNull(cookie);
        return new Cookie(cookie.Name, cookie.Value);
    }

    /// <summary>A fresh admin per test: invalidating one user's sessions must not disturb the other tests.</summary>
    private async Task<(string Id, string Email)> CreateAdminAsync(CancellationToken ct)
    {
        var email = $"admin-{Guid.NewGuid():N}@example.com";
        var admin = server.Services.GetRequiredService<UserAdministration>();
        var outcome = await admin.CreateAsync(email, Roles.Admin, Password, ct);
        Assert.True(outcome.Succeeded, outcome.Message);
        return ((await admin.ListAsync(ct)).Single(u => u.Email == email).Id, email);
    }
}
