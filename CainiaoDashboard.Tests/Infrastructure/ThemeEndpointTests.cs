using System.Net;
using System.Text.RegularExpressions;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>The theme toggle's form, posted over real HTTP as the browser posts it from the static app bar.</summary>
public sealed partial class ThemeEndpointTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [Fact]
    public async Task Posting_dark_remembers_it_in_the_cookie_and_returns_to_the_page()
    {
        var ct = TestContext.Current.CancellationToken;
        var cookies = new CookieContainer();
        using var http = await SignedInAsync(cookies, ct);

        using var answer = await PostThemeAsync(http, "dark", "/parcels?view=late", ct);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/parcels?view=late", answer.Headers.Location?.OriginalString);
        Assert.Equal("dark", cookies.GetCookies(server.BaseAddress)[DashboardTheme.CookieName]?.Value);
        var page = await http.GetStringAsync("/system", ct);
        Assert.Matches(ThemeToggle("true"), page);
    }

    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("")]
    public async Task A_return_address_off_this_site_goes_home(string returnUrl)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await SignedInAsync(new CookieContainer(), ct);

        using var answer = await PostThemeAsync(http, "light", returnUrl, ct);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/", answer.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var cookies = new CookieContainer();
        using var http = await SignedInAsync(cookies, ct);

        using var answer = await http.PostAsync(ThemeEndpoint.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["theme"] = "dark",
            ["returnUrl"] = "/",
        }), ct);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Null(cookies.GetCookies(server.BaseAddress)[DashboardTheme.CookieName]);
    }

    private async Task<HttpClient> SignedInAsync(CookieContainer cookies, CancellationToken ct)
    {
        var http = AccountClient.Create(server.BaseAddress, cookies);
        using var signedIn = await AccountClient.PostSignInAsync(http, IdentitySeeding.DemoEmail(Roles.Manager), DashboardServer.DemoPassword, ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return http;
    }

    private static async Task<HttpResponseMessage> PostThemeAsync(HttpClient http, string theme, string returnUrl, CancellationToken ct)
    {
        var page = await http.GetStringAsync("/system", ct);
        var form = ThemeForm().Match(page);
        Assert.True(form.Success, "The page has no theme form with an anti-forgery token.");
        return await http.PostAsync(ThemeEndpoint.Path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(form.Groups[1].Value),
            ["theme"] = theme,
            ["returnUrl"] = returnUrl,
        }), ct);
    }

    private static Regex ThemeToggle(string pressed) => new($"aria-pressed=\"{pressed}\" data-testid=\"theme-toggle\"");

    [GeneratedRegex("class=\"theme-toggle-form\"[^>]*>\\s*<input type=\"hidden\" name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex ThemeForm();
}
