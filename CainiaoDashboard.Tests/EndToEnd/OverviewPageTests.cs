using System.Globalization;
using System.Net.Http.Json;
using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Services;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CainiaoDashboard.Tests.EndToEnd;

public sealed class OverviewPageTests(DashboardServer server, BrowserFixture browser) : IClassFixture<DashboardServer>
{
    private const int Zto = 1, EastToEast = 1, NextDay = 2;

    [Fact]
    public async Task Events_posted_through_the_api_change_the_kpis_and_the_feed_without_a_reload()
    {
        var ct = TestContext.Current.CancellationToken;
        var trackingNumber = "ZT" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var created = DateTime.UtcNow.AddMinutes(-50);
        await server.Services.GetRequiredService<IngestPipeline>().RegisterAsync(
            [new ParcelRegistration(trackingNumber, Zto, EastToEast, NextDay, 1, created, created.AddHours(36), "Li Wei", "+86 138 0000 0000", "Hangzhou")], ct);
        using var http = await CarrierClientAsync(ct);

        var page = await browser.NewSignedInPageAsync(server, Roles.Manager);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator(".live-status")).ToHaveAttributeAsync("data-interactive", "true");
        var inFlight = await KpiAsync(page, OverviewCalculator.Names.InFlight);
        var delivered = await KpiAsync(page, OverviewCalculator.Names.DeliveredToday);
        var url = page.Url;

        await PostAsync(http, trackingNumber, "GOT", DateTime.UtcNow.AddMinutes(-40), ct);
        await Assertions.Expect(Kpi(page, OverviewCalculator.Names.InFlight)).ToHaveAttributeAsync("data-value", Number(inFlight + 1));
        await Assertions.Expect(page.GetByTestId("event-feed").Locator($"[data-tracking='{trackingNumber}']")).ToHaveCountAsync(1);

        await PostAsync(http, trackingNumber, "SIGN", DateTime.UtcNow.AddMinutes(-1), ct);
        await Assertions.Expect(Kpi(page, OverviewCalculator.Names.DeliveredToday)).ToHaveAttributeAsync("data-value", Number(delivered + 1));
        await Assertions.Expect(Kpi(page, OverviewCalculator.Names.InFlight)).ToHaveAttributeAsync("data-value", Number(inFlight));
        await Assertions.Expect(Kpi(page, OverviewCalculator.Names.OnTimeRateToday)).Not.ToHaveAttributeAsync("data-value", "");
        await Assertions.Expect(page.GetByTestId("event-feed").Locator($"[data-tracking='{trackingNumber}']")).ToHaveCountAsync(2);
        Assert.Equal(url, page.Url);
    }

    [Fact]
    public async Task Filters_live_in_the_address_and_unknown_values_are_explained()
    {
        var page = await browser.NewSignedInPageAsync(server, Roles.Manager);
        await page.GotoAsync("/?carrier=DHL&service=NEXT_DAY");
        await Assertions.Expect(page.Locator(".live-status")).ToHaveAttributeAsync("data-interactive", "true");
        await Assertions.Expect(page.GetByText("Unknown carrier \"DHL\" in the address was ignored.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("filter-service")).ToHaveValueAsync("NEXT_DAY");

        await page.GetByTestId("filter-carrier").SelectOptionAsync("STO");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("carrier=STO"));
        Assert.Contains("service=NEXT_DAY", page.Url);
        await Assertions.Expect(page.Locator("[data-kpi]").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("carrier=STO"));
    }

    [Fact]
    public async Task Ten_open_pages_cost_no_more_database_queries_than_one()
    {
        var ct = TestContext.Current.CancellationToken;
        var counter = server.Services.GetRequiredService<QueryCounter>();
        var pages = new List<IPage> { await OpenOverviewAsync() };

        var onePage = await QueriesPerSecondUnderLoadAsync(counter, ct);
        for (var i = 0; i < 9; i++) pages.Add(await OpenOverviewAsync());
        var tenPages = await QueriesPerSecondUnderLoadAsync(counter, ct);

        Assert.True(onePage > 0, "The live notifier should query while events arrive.");
        Assert.True(tenPages <= onePage * 1.5 + 2,
            $"{tenPages:F1} queries/s with ten pages open against {onePage:F1} with one: pages must share the notifier's reads.");
    }

    private async Task<IPage> OpenOverviewAsync()
    {
        var page = await browser.NewSignedInPageAsync(server, Roles.Manager);
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator(".live-status")).ToHaveAttributeAsync("data-interactive", "true");
        return page;
    }

    /// <summary>Commits a small batch every 50 ms for three seconds and measures the read queries per second.</summary>
    private async Task<double> QueriesPerSecondUnderLoadAsync(QueryCounter counter, CancellationToken ct)
    {
        var pipeline = server.Services.GetRequiredService<IngestPipeline>();
        var prefix = "Q" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var created = DateTime.UtcNow.AddHours(-1);
        var before = counter.Count;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < TimeSpan.FromSeconds(3); i++)
        {
            await pipeline.RegisterAsync([new ParcelRegistration($"{prefix}{i:D5}", Zto, EastToEast, NextDay, 1, created, created.AddHours(36), "n", "p", "a")], ct);
            await Task.Delay(50, ct);
        }

        return (counter.Count - before) / clock.Elapsed.TotalSeconds;
    }

    private async Task<HttpClient> CarrierClientAsync(CancellationToken ct)
    {
        var key = await server.Services.GetRequiredService<CarrierApiKeys>().CreateAsync(Zto, ct);
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Add(CarrierApiKeys.HeaderName, key);
        return http;
    }

    private static async Task PostAsync(HttpClient http, string trackingNumber, string code, DateTime at, CancellationToken ct)
    {
        object[] batch = [new { eventId = $"{trackingNumber}-{code}", trackingNumber, statusCode = code, statusText = "扫描 " + code, hubCode = "HGH", eventTime = at }];
        var response = await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<IngestResponse>(ct);
        Assert.Equal(1, body!.Accepted);
    }

    private static ILocator Kpi(IPage page, string name) => page.Locator($"[data-kpi='{name}']");

    private static async Task<double> KpiAsync(IPage page, string name)
    {
        var value = await Kpi(page, name).GetAttributeAsync("data-value");
        return string.IsNullOrEmpty(value) ? 0 : double.Parse(value, CultureInfo.InvariantCulture);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
