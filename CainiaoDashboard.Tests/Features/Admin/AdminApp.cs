using CainiaoDashboard.Data;
using CainiaoDashboard.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CainiaoDashboard.Tests.Features.Admin;

/// <summary>
/// The app's services built the way the app builds them (identity rules included) on a fresh, migrated SQLite file,
/// never started: the admin panels' tests take the real services from it.
/// </summary>
public sealed class AdminApp : IAsyncLifetime
{
    private readonly TempDirectory directory = new();
    private WebApplication app = default!;

    public IServiceProvider Services => app.Services;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            Args = [$"--ConnectionStrings:Cainiao=Data Source={directory.File("admin.db")}"],
        });
        builder.Logging.ClearProviders();
        builder.AddCainiaoServices();
        app = builder.Build();
        await app.Services.InitialiseDatabaseAsync(TestContext.Current.CancellationToken);
        await app.Services.SeedIdentityAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        directory.Dispose();
    }
}
