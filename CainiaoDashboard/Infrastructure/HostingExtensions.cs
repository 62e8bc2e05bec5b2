using CainiaoDashboard.Data;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Features.Complaints;
using CainiaoDashboard.Features.Executive;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Ingest.Webhooks;
using CainiaoDashboard.Ingest.Import;
using CainiaoDashboard.Ingest.Postgres;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Charts;
using CainiaoDashboard.Shared.Live;
using CainiaoDashboard.Simulation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using MudBlazor;

namespace CainiaoDashboard.Infrastructure;

public static class HostingExtensions
{
    public static void AddCainiaoServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddDashboardLocalization();
        services.AddRazorComponents().AddInteractiveServerComponents()
            .RegisterPersistentService<ThemeChoice>(RenderMode.InteractiveServer);
        services.AddScoped<ThemeChoice>();
        services.AddScoped<CircuitCulture>();
        services.AddScoped<CircuitHandler, CircuitCultureHandler>();
        // The charts' colours follow the page's theme, inside interactive islands too: a cascading value from the
        // static layout does not reach them. Not fixed: the theme toggle changes it in a live circuit (StatusBar).
        services.AddScoped(provider => new CascadingValueSource<ChartPalette>(
            () => ChartPalette.For(provider.GetRequiredService<ThemeChoice>().IsDark), isFixed: false));
        services.AddCascadingValue(provider => provider.GetRequiredService<CascadingValueSource<ChartPalette>>());
        builder.AddCainiaoAuth();
        services.AddScoped<PersonalDataAccess>();
        services.AddSingleton<UserAdministration>();
        services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        // MudBlazor's own words (pager, pickers, close buttons) in the reader's language; registered after MudBlazor's default.
        services.AddTransient<MudLocalizer, MudTexts>();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AppInfo>();
        services.AddSingleton<StoreContents>();

        var store = StoreConnection.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(store);
        services.AddSingleton<QueryCounter>();
        services.AddCainiaoContexts(store);

        services.AddValidatedOptions<IngestOptions, IngestOptionsValidator>(builder.Configuration, IngestOptions.Section);
        services.AddSingleton(new IngestWriterFactory(store));
        services.AddSingleton<CarrierEventValidator>();
        services.AddSingleton<IncomingComplaintValidator>();
        services.AddSingleton<IncomingParcelValidator>();
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<HistoryImport>();
        services.AddProblemDetails();
        services.AddSingleton<IngestPipeline>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestPipeline>());
        // Several instances on one PostgreSQL database hear of each other's commits (LISTEN/NOTIFY).
        if (store.IsPostgres) services.AddHostedService<CommitBroadcast>();

        services.AddValidatedOptions<KpiOptions, KpiOptionsValidator>(builder.Configuration, KpiOptions.Section);
        services.AddValidatedOptions<AlertThresholds, AlertThresholdsValidator>(builder.Configuration, AlertThresholds.Section);
        services.AddSingleton<OperationsSnapshotQuery>();
        services.AddSingleton<SeedingStatus>();
        services.AddSingleton<LiveOperations>();
        services.AddSingleton<SharedOverviewFigures>();
        services.AddSingleton<SharedMarkup>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveOperations>());

        // Support: parcel lookup, queues, detail, complaints (issue 5).
        services.AddSingleton<ParcelLookup>();
        services.AddSingleton<ParcelListQuery>();
        services.AddSingleton<ParcelDetailQuery>();
        services.AddSingleton<ComplaintListQuery>();
        services.AddSingleton<ParcelChanges>();
        services.AddSingleton<SupportDesk>();

        // Executives: volume and flows (issue 6).
        services.AddValidatedOptions<ExecutiveOptions, ExecutiveOptionsValidator>(builder.Configuration, ExecutiveOptions.Section);
        services.AddSingleton<VolumeQuery>();
        services.AddSingleton<UnmappedCodesQuery>();
        services.AddSingleton<FlowQuery>();
        services.AddSingleton<ExecutiveUpdates>();
        services.AddSingleton<ExecutiveReads>();

        services.AddValidatedOptions<SimulatorOptions, SimulatorOptionsValidator>(builder.Configuration, SimulatorOptions.Section);
        services.AddValidatedOptions<SeedOptions, SeedOptionsValidator>(builder.Configuration, SeedOptions.Section);
        services.AddSingleton(_ => new SimulatorScenarios());
        services.AddHostedService<TrafficSimulationService>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    /// <summary>
    /// How every writing process (the dashboard, an import) opens its database: refused while another process writes to
    /// it, before migrating (which would rewrite rows that writer holds in memory), then migrated, and an upgraded database's
    /// real parcels' counts moved apart from the simulator's (<see cref="IngestWriterFactory.SplitSimulatedCounts"/>) and its
    /// parcels given the party their lateness is counted against (<see cref="IngestWriterFactory.BackfillLateParties"/>).
    /// </summary>
    public static async Task InitialiseDatabaseForWritingAsync(this IServiceProvider services)
    {
        var writers = services.GetRequiredService<IngestWriterFactory>();
        writers.EnsureNoOtherWriter();
        await services.InitialiseDatabaseAsync();
        writers.SplitSimulatedCounts();
        writers.BackfillLateParties();
    }

    /// <summary>
    /// The lock under which a process prepares the database (<see cref="StoreLock.Startup"/>): instances sharing a
    /// PostgreSQL database migrate and create roles one at a time.
    /// </summary>
    public static Task<StoreLock> LockStartupAsync(this IServiceProvider services) =>
        StoreLock.AcquireAsync(services.GetRequiredService<StoreConnection>(), StoreLock.Startup);

    public static void MapCainiaoEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapCarrierEventsApi();
        app.MapCarrierWebhooks();
        app.MapComplaintsApi();
        app.MapParcelsApi();
        app.MapAccountEndpoints();
        app.MapAdminEndpoints();
        app.MapParcelExport();
        app.MapExecutiveDownloads();
        app.MapThemeEndpoint();
        app.MapLanguageEndpoint();
    }
}
