using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// The base of a browser test class: its server (one per class), the run's one browser, pages opened signed in and
/// interactive, parcels registered through the real pipeline and the server's database for expected figures. A test
/// class keeps only the steps of its own pages.
/// </summary>
public abstract class PageTests<TServer>(TServer server, BrowserFixture browser) : IClassFixture<TServer>
    where TServer : DashboardServer
{
    protected TServer Server { get; } = server;

    protected BrowserFixture Browser { get; } = browser;

    /// <summary>A new page signed in as <paramref name="role"/>, at <paramref name="path"/>, once it is interactive.</summary>
    protected Task<IPage> OpenAsync(string role, string path) => Browser.OpenInteractiveAsync(Server, role, path);

    /// <summary>The same on a screen of the given size, in the given theme if one is named, for the layout checks.</summary>
    protected async Task<IPage> OpenAsync(string role, string path, int width, int height, string? theme = null)
    {
        var page = await Browser.NewSignedInPageAsync(Server, role, width, height);
        if (theme is not null)
        {
            await PageChecks.UseThemeAsync(page, Server.BaseAddress, theme);
        }

        await page.GotoAsync(path);
        await page.WaitUntilInteractiveAsync();
        return page;
    }

    /// <summary>Registers a parcel through the server's pipeline (see <see cref="TestParcels"/>) and returns its tracking number.</summary>
    protected Task<string> RegisterParcelAsync(
        DateTime createdUtc, CancellationToken ct, string? trackingNumber = null, int? carrierId = null, int? serviceLevelId = null) =>
        TestParcels.RegisterAsync(Pipeline, createdUtc, ct, trackingNumber, carrierId, serviceLevelId);

    protected IngestPipeline Pipeline => Server.Services.GetRequiredService<IngestPipeline>();

    protected string ConnectionString => $"Data Source={Server.DatabasePath}";

    /// <summary>A context on the server's database file, to count expected figures straight from the tables.</summary>
    protected CainiaoDbContext Db() => SqliteOptions.CreateContext(ConnectionString);
}
