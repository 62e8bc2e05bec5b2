using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// Who made it late, end to end in a real browser: the overview's late-by-party panel leads to the parcels counted against a
/// party, each parcel's page shows its legs against the plan and the split, and the CSV export names the party.
/// </summary>
public sealed class LatePartiesTests(DashboardServer server, BrowserFixture browser) : PageTests<DashboardServer>(server, browser)
{
    [Fact]
    public async Task The_overview_panel_leads_to_the_parcels_counted_against_a_party_their_leg_bars_and_the_csv()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = DateTime.UtcNow;
        // Next-day parcels promised 36 h after the order, so both are past their promise now.
        var notHome = await RegisterParcelAsync(now.AddHours(-40), ct);
        var leftAtHub = await RegisterParcelAsync(now.AddHours(-40), ct);
        var stillAtHub = await RegisterParcelAsync(now.AddHours(-40), ct);
        using var http = await CarrierApi.ClientAsync(Server, Zto, ct);
        // Attempted well within the promise, nobody home since: the recipient's.
        await PostAsync(http, notHome, "GOT", now.AddHours(-39), ct);
        await PostAsync(http, notHome, "SENT_SCAN", now.AddHours(-12), ct);
        await PostAsync(http, notHome, "FAILED_NOT_HOME", now.AddHours(-11), ct);
        // Left in the courier's linehaul until after the promise, then delivered a minute ago: the courier's.
        await PostAsync(http, leftAtHub, "GOT", now.AddHours(-39), ct);
        await PostAsync(http, leftAtHub, "SENT_SCAN", now.AddMinutes(-3), ct);
        await PostAsync(http, leftAtHub, "SIGN", now.AddMinutes(-2), ct);

        // Picked up and not scanned since: open past its promise, held up by the courier.
        await PostAsync(http, stillAtHub, "GOT", now.AddHours(-39), ct);

        var page = await OpenAsync(Roles.Manager, "/");
        var panel = page.GetByTestId("late-by-party");
        await Assertions.Expect(panel.Locator("tr[data-party=courier] [data-count=delivered]")).ToHaveTextAsync("1");
        await Assertions.Expect(panel.Locator("tr[data-party=recipient] [data-count=open]")).ToHaveTextAsync("1");
        await Assertions.Expect(panel.Locator("tr[data-party=courier] [data-count=open]")).ToHaveTextAsync("1");

        await panel.Locator("tr[data-party=recipient] [data-count=open] a").ClickAsync();
        await page.WaitForURLAsync("**/parcels?view=late&late-party=recipient");
        await Assertions.Expect(page.GetByTestId("parcel-count")).ToHaveAttributeAsync("data-count", "1");
        var grid = page.GetByTestId("parcel-grid");
        await Assertions.Expect(grid.Locator($"a[data-tracking='{notHome}']")).ToBeVisibleAsync();
        await Assertions.Expect(grid.Locator($"a[data-tracking='{stillAtHub}']")).ToHaveCountAsync(0);
        await Assertions.Expect(grid.GetByTestId("late-party")).ToHaveTextAsync("Recipient");

        await grid.Locator($"a[data-tracking='{notHome}']").ClickAsync();
        var legs = page.GetByTestId("leg-bar");
        await Assertions.Expect(legs.GetByTestId("late-parties")).ToContainTextAsync("Recipient");
        await Assertions.Expect(legs.Locator("tr[data-leg=Delivery]")).ToHaveAttributeAsync("data-running", "true");
        await Assertions.Expect(legs.GetByTestId("counted-against")).ToContainTextAsync("Counted against Recipient");

        await page.GotoAsync("/");
        // A link followed while the new page's circuit is still starting can leave that circuit on the address it started
        // with (the framework's start races the enhanced navigation), so the export would lack the filter.
        await page.WaitUntilInteractiveAsync();
        await page.GetByTestId("late-by-party").Locator("tr[data-party=courier] [data-count=delivered] a").ClickAsync();
        await page.WaitForURLAsync("**/parcels?view=delivered-today&late-party=courier");
        await Assertions.Expect(page.GetByTestId("parcel-grid").Locator($"a[data-tracking='{leftAtHub}']")).ToBeVisibleAsync();
        // The circuit takes the new address in a moment after the page shows it (enhanced navigation keeps the circuit).
        await Assertions.Expect(page.Locator(".csv-export")).ToHaveAttributeAsync("data-href", new System.Text.RegularExpressions.Regex("late-party=courier"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        var lines = await File.ReadAllLinesAsync(await download.PathAsync(), ct);

        Assert.Equal(string.Join(",", ParcelCsvExport.Header), lines[0]);
        Assert.Equal("late_party", ParcelCsvExport.Header[^1]);
        Assert.Equal([(leftAtHub, "courier")], lines.Skip(1).Select(l => l.Split(',')).Select(r => (r[0], r[^1])));
    }

    private static Task PostAsync(HttpClient http, string trackingNumber, string code, DateTime at, CancellationToken ct) =>
        CarrierApi.PostAcceptedAsync(http, $"{trackingNumber}-{code}", trackingNumber, code, code, "HGH", at, ct);
}
