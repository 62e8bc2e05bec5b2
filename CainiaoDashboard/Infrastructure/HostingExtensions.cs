using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Services;
using CainiaoDashboard.Services.Executive;
using CainiaoDashboard.Components.Executive;
using CainiaoDashboard.Simulation;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using MudBlazor.Services;

namespace CainiaoDashboard.Infrastructure;

public static class HostingExtensions
{
    public static void AddCainiaoServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddRazorComponents().AddInteractiveServerComponents();
        builder.AddCainiaoAuth();
        services.AddScoped<PersonalDataAccess>();
        services.AddSingleton<UserAdministration>();
        services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AppInfo>();

        var connectionString = SqliteConnectionStrings.Resolve(
            builder.Configuration.GetConnectionString("Cainiao"), builder.Environment.ContentRootPath);
        services.AddSingleton<QueryCounter>();
        services.AddDbContextFactory<CainiaoDbContext>((provider, options) =>
            options.UseCainiaoSqlite(connectionString).AddInterceptors(provider.GetRequiredService<QueryCounter>()));

        services.Configure<IngestOptions>(builder.Configuration.GetSection(IngestOptions.Section));
        services.AddSingleton(new IngestWriterFactory(connectionString));
        services.AddSingleton<CarrierEventValidator>();
        services.AddSingleton<CarrierApiKeys>();
        services.AddProblemDetails();
        services.AddSingleton<IngestPipeline>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestPipeline>());

        services.Configure<KpiOptions>(builder.Configuration.GetSection(KpiOptions.Section));
        services.Configure<AlertThresholds>(builder.Configuration.GetSection(AlertThresholds.Section));
        services.AddSingleton<OperationsSnapshotQuery>();
        services.AddSingleton<LiveOperations>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveOperations>());

        // Support: parcel lookup, queues, detail, complaints (issue 5).
        services.AddSingleton<ParcelLookup>();
        services.AddSingleton<ParcelListQuery>();
        services.AddSingleton<ParcelDetailQuery>();
        services.AddSingleton<ComplaintListQuery>();
        services.AddSingleton<ParcelChanges>();
        services.AddSingleton<SupportDesk>();

        // Executives: volume and flows (issue 6).
        services.Configure<ExecutiveOptions>(builder.Configuration.GetSection(ExecutiveOptions.Section));
        services.AddSingleton<VolumeQuery>();
        services.AddSingleton<FlowQuery>();
        services.AddSingleton<ExecutiveUpdates>();
        services.AddSingleton<ExecutiveReads>();

        services.Configure<SimulatorOptions>(builder.Configuration.GetSection(SimulatorOptions.Section));
        services.Configure<SeedOptions>(builder.Configuration.GetSection(SeedOptions.Section));
        services.AddSingleton<SimulatorScenarios>();
        services.AddSingleton(provider => new TrafficEngine(
            provider.GetRequiredService<IOptions<SimulatorOptions>>().Value, provider.GetRequiredService<SimulatorScenarios>()));
        services.AddHostedService<TrafficSimulationService>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    public static void MapCainiaoEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapCarrierEventsApi();
        app.MapAccountEndpoints();
        app.MapAdminEndpoints();
        app.MapParcelExport();
        app.MapExecutiveDownloads();
    }
}
