using System.Net;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// Who may open what, asserted from explicit tables (not from the app's own policy table, so a wrong policy fails
/// here). To cover a new page or endpoint, add a row: the theories cross every row with every role and anonymous.
/// </summary>
public sealed class AccessControlTests(DashboardServer server, BrowserFixture browser) : IClassFixture<DashboardServer>
{
    private const string Anonymous = "anonymous";
    private static readonly IReadOnlyList<(string Path, string Roles, string NavText)> Pages = DashboardPages.All;

    /// <summary>Data endpoints (GET): address and the roles that may call it.</summary>
    private static readonly (string Path, string Roles)[] Endpoints =
    [
        ("/api/admin/api-keys", "Admin"),
        ("/exports/parcels.csv", "Support,Manager,Admin"),
        ("/downloads/volume.csv", "Executive,Manager,Admin"),
        ("/downloads/flows.svg", "Executive,Manager,Admin"),
    ];

    private static readonly string[] Callers = [Anonymous, .. Roles.All];

    public static TheoryData<string, string> PageCases() => Cross(Pages.Select(p => p.Path));

    public static TheoryData<string, string> EndpointCases() => Cross(Endpoints.Select(e => e.Path));

    public static TheoryData<string> RoleCases() => new(Roles.All);

    [Theory]
    [MemberData(nameof(PageCases))]
    public async Task A_page_opens_for_its_roles_sends_others_to_not_allowed_and_anonymous_to_sign_in(string path, string caller)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await ClientAsync(caller, ct);

        using var response = await http.GetAsync(path, ct);

        var location = response.Headers.Location?.OriginalString ?? "";
        if (caller == Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.EndsWith($"{AccountPaths.SignIn}?ReturnUrl={Uri.EscapeDataString(path)}", location);
        }
        else if (Allowed(Pages.Single(p => p.Path == path).Roles, caller))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("data-testid=\"not-allowed\"", await response.Content.ReadAsStringAsync(ct));
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.EndsWith($"{AccountPaths.NotAllowed}?ReturnUrl={Uri.EscapeDataString(path)}", location);
            var notAllowed = await http.GetStringAsync(location, ct);
            Assert.Contains("Not allowed", notAllowed);
            Assert.Contains($"Your role ({caller}) may not open", notAllowed);
        }
    }

    [Fact]
    public async Task Not_allowed_says_so_in_the_readers_language()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await ClientAsync(Roles.Support, ct);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        // Decoded: the server writes characters outside ASCII as character references.
        var notAllowed = WebUtility.HtmlDecode(await http.GetStringAsync($"{AccountPaths.NotAllowed}?ReturnUrl={Uri.EscapeDataString("/admin")}", ct));

        Assert.Contains("<title>无权访问 · CainiaoDashboard</title>", notAllowed);
        Assert.Contains("您的角色（客服）无权打开 <code>/admin</code>。", notAllowed);
    }

    [Theory]
    [MemberData(nameof(EndpointCases))]
    public async Task A_data_endpoint_answers_its_roles_403_to_others_and_401_to_anonymous_never_a_redirect(string path, string caller)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await ClientAsync(caller, ct);

        using var response = await http.GetAsync(path, ct);

        var expected = caller == Anonymous ? HttpStatusCode.Unauthorized
            : Allowed(Endpoints.Single(e => e.Path == path).Roles, caller) ? HttpStatusCode.OK
            : HttpStatusCode.Forbidden;
        Assert.Equal(expected, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Anonymous_calls_to_the_live_connection_and_unknown_non_page_addresses_get_401()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = AccountClient.Create(server.BaseAddress);

        using var negotiate = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", null, ct);
        using var unknownApi = await http.GetAsync("/api/anything", ct);

        Assert.Equal(HttpStatusCode.Unauthorized, negotiate.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownApi.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_reach_sign_in_health_static_files_and_the_key_protected_carrier_api()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = AccountClient.Create(server.BaseAddress);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(AccountPaths.SignIn, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/favicon.svg", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/_framework/blazor.web.js", ct)).StatusCode);
        // The carrier API keeps its own key check: a problem-details 401 from the endpoint, not the cookie scheme.
        using var api = await http.PostAsync("/api/carriers/zto/events", new StringContent("[]", System.Text.Encoding.UTF8, "application/json"), ct);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains("Missing or invalid API key", await api.Content.ReadAsStringAsync(ct));
    }

    [Theory]
    [MemberData(nameof(RoleCases))]
    public async Task Navigation_lists_only_the_pages_the_role_may_open_and_a_forbidden_page_says_not_allowed(string role)
    {
        var page = await browser.OpenInteractiveAsync(server, role, "/");

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
        var expected = Pages.Where(p => p.NavText != "" && Allowed(p.Roles, role)).Select(p => p.NavText).ToArray();
        await Assertions.Expect(nav.Locator(".mud-nav-link-text")).ToHaveTextAsync(expected);

        if (Pages.FirstOrDefault(p => !Allowed(p.Roles, role)) is { Path: { } forbidden })
        {
            // Inside the circuit (no HTTP request reaches the middleware) ...
            await page.EvaluateAsync("path => Blazor.navigateTo(path)", forbidden);
            await Assertions.Expect(page.GetByTestId("not-allowed")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();

            // ... and by typing the address.
            await page.GotoAsync(forbidden);
            await Assertions.Expect(page.GetByTestId("not-allowed")).ToContainTextAsync($"Your role ({role}) may not open {forbidden}");
        }
    }

    private async Task<HttpClient> ClientAsync(string caller, CancellationToken ct) =>
        caller == Anonymous ? AccountClient.Create(server.BaseAddress) : await server.CreateSignedInClientAsync(caller, ct);

    private static bool Allowed(string roles, string caller) => DashboardPages.Allowed(roles, caller);

    private static TheoryData<string, string> Cross(IEnumerable<string> paths)
    {
        var data = new TheoryData<string, string>();
        foreach (var path in paths)
        foreach (var caller in Callers)
        {
            data.Add(path, caller);
        }

        return data;
    }
}
