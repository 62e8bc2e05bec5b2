using System.Net;
using System.Text.RegularExpressions;
using System.Text;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>The security headers, asserted over real HTTP on every kind of response the dashboard sends.</summary>
public sealed partial class SecurityHeadersTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private static readonly Dictionary<string, string> FixedHeaders = new()
    {
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["X-Frame-Options"] = "DENY",
        ["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
    };

    private static readonly string[] PolicyDirectives =
    [
        "default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'",
        "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'",
    ];

    [Fact]
    public async Task Pages_static_files_the_api_errors_and_health_all_carry_the_security_headers()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = AccountClient.Create(server.BaseAddress);
        using var admin = await server.CreateSignedInClientAsync(Roles.Admin, ct);
        var responses = new List<HttpResponseMessage>
        {
            await anonymous.GetAsync(AccountPaths.SignIn, ct),
            await admin.GetAsync("/", ct),
            await anonymous.GetAsync("/favicon.svg", ct),
            await anonymous.GetAsync("/_framework/blazor.web.js", ct),
            await anonymous.GetAsync("/healthz", ct),
            await admin.GetAsync("/api/admin/api-keys", ct),
            await anonymous.PostAsync("/api/carriers/zto/events", new StringContent("[]", Encoding.UTF8, "application/json"), ct),
            await anonymous.GetAsync("/api/anything", ct),
            await anonymous.GetAsync("/admin", ct),
            await admin.GetAsync("/no/such/file.js", ct),
        };

        try
        {
            Assert.Equal(
                [200, 200, 200, 200, 200, 200, 401, 401, 302, 404],
                responses.Select(r => (int)r.StatusCode));
            foreach (var response in responses)
            {
                var what = $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.PathAndQuery} ({(int)response.StatusCode})";
                foreach (var (name, value) in FixedHeaders)
                {
                    Assert.True(response.Headers.TryGetValues(name, out var values), $"{what} has no {name}.");
                    Assert.Equal(value, Assert.Single(values));
                }

                var policy = Policy(response);
                Assert.NotNull(policy);
                Assert.All(PolicyDirectives, directive => Assert.Contains(directive, policy.Split("; ")));
            }
        }
        finally
        {
            responses.ForEach(r => r.Dispose());
        }
    }

    [Fact]
    public async Task Scripts_may_come_only_from_the_site_and_the_import_map_carries_a_fresh_nonce_per_page()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = AccountClient.Create(server.BaseAddress);

        var nonces = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var page = await http.GetAsync(AccountPaths.SignIn, ct);
            var scripts = Assert.Single(Policy(page)!.Split("; "), d => d.StartsWith("script-src ", StringComparison.Ordinal));
            var nonce = ScriptNonce().Match(scripts);
            Assert.True(nonce.Success, $"No nonce in '{scripts}'.");
            Assert.Equal($"script-src 'self' 'nonce-{nonce.Groups[1].Value}'", scripts);

            var html = await page.Content.ReadAsStringAsync(ct);
            var importMap = ImportMapElement().Match(html);
            Assert.True(importMap.Success, "The page has no import map.");
            Assert.Contains($"nonce=\"{nonce.Groups[1].Value}\"", importMap.Value);
            nonces.Add(nonce.Groups[1].Value);
        }

        Assert.NotEqual(nonces[0], nonces[1]);
        Assert.True(nonces[0].Length >= 32, "A nonce needs at least 128 random bits (32 hex digits).");
    }

    private static string? Policy(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Content-Security-Policy", out var values) ? values.Single() : null;

    [GeneratedRegex("'nonce-([0-9a-f]+)'")]
    private static partial Regex ScriptNonce();

    [GeneratedRegex("<script type=\"importmap\"[^>]*>")]
    private static partial Regex ImportMapElement();
}
