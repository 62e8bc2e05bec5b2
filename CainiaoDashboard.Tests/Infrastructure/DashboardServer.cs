using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>
/// The real dashboard on Kestrel, bound to 127.0.0.1 on a free port, with a throw-away SQLite file.
/// Tests reach it over real HTTP and from a real browser.
/// </summary>
public class DashboardServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TempDirectory directory = new();
    private readonly Dictionary<string, string?> settings = new();
    private TimeProvider? clock;

    public DashboardServer()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        settings["ConnectionStrings:Cainiao"] = $"Data Source={DatabasePath}";
        // Tests start from an empty, quiet database unless they switch traffic on.
        settings["Simulator:Enabled"] = "false";
        settings["Seed:HistoryDays"] = "0";
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

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        directory.Dispose();
        GC.SuppressFinalize(this);
    }
}
