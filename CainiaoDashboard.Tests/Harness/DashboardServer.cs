using System.Collections.Concurrent;
using System.Net;
using Cookie = System.Net.Cookie;
using CainiaoDashboard.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// The real dashboard on Kestrel, bound to 127.0.0.1 on a free port, with a throw-away SQLite file.
/// Tests reach it over real HTTP and from a real browser.
/// </summary>
public class DashboardServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TempDirectory directory = new();
    private readonly Dictionary<string, string?> settings = new();
    private TimeProvider? clock;
    private readonly ConcurrentDictionary<string, Lazy<Task<Cookie>>> authCookies = new();

    /// <summary>The demo accounts' password in tests (the server runs in Development, so the accounts exist).</summary>
    public const string DemoPassword = "Test-Demo-Password-1";

    public DashboardServer()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        settings["ConnectionStrings:Cainiao"] = $"Data Source={DatabasePath}";
        // Tests start from an empty, quiet database unless they switch traffic on.
        settings["Simulator:Enabled"] = "false";
        settings["Seed:HistoryDays"] = "0";
        settings[IdentitySeeding.DemoPasswordSetting] = DemoPassword;
    }

    public string DatabasePath => Path.Combine(directory.Path, "cainiao-test.db");

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>Overrides a setting before the server starts.</summary>
    public DashboardServer WithSetting(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Replaces the app's clock before the server starts.</summary>
    public DashboardServer WithClock(TimeProvider timeProvider)
    {
        clock = timeProvider;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public virtual ValueTask InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        return ValueTask.CompletedTask;
    }

    public new HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>
    /// An HTTP client signed in as the role's demo account. The account signs in through the real form once per
    /// server and role; later clients reuse its cookie. Redirects are not followed.
    /// </summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string role, CancellationToken ct = default)
    {
        var cookie = await authCookies.GetOrAdd(role, r => new Lazy<Task<Cookie>>(() => SignInAsync(r))).Value;
        var cookies = new CookieContainer();
        cookies.Add(BaseAddress, new Cookie(cookie.Name, cookie.Value, "/"));
        return AccountClient.Create(BaseAddress, cookies);
    }

    private async Task<Cookie> SignInAsync(string role)
    {
        var cookies = new CookieContainer();
        using var http = AccountClient.Create(BaseAddress, cookies);
        using var response = await AccountClient.PostSignInAsync(http, IdentitySeeding.DemoEmail(role), DemoPassword, CancellationToken.None);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return cookies.GetCookies(BaseAddress)[AuthSetup.CookieName]
            ?? throw new InvalidOperationException($"Signing in as {role} set no {AuthSetup.CookieName} cookie.");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        directory.Dispose();
        GC.SuppressFinalize(this);
    }
}
