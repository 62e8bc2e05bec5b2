using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>The live overview: KPIs and the event feed moving without a reload, its filters, and one shared read for many pages.</summary>
public sealed class OverviewPageTests(DashboardServer server, BrowserFixture browser) : PageTests<DashboardServer>(server, browser)
{
    [Fact]
    public async Task Events_posted_through_the_api_change_the_kpis_and_the_feed_without_a_reload()
    {
        var ct = TestContext.Current.CancellationToken;
        var trackingNumber = await RegisterParcelAsync(DateTime.UtcNow.AddMinutes(-50), ct);
        using var http = await CarrierApi.ClientAsync(Server, Zto, ct);

        var page = await OpenAsync(Roles.Manager, "/");
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
        // Pushed renders keep the page's culture: ISO date and 24-hour time, not the server process's defaults.
        await Assertions.Expect(page.GetByTestId("as-of")).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex(@"Updated \d{2}:\d{2}:\d{2} CST · today = \w{3} \d{4}-\d{2}-\d{2} \(CST\)"));
    }

    [Fact]
    public async Task A_paused_feed_holds_new_updates_back_until_resumed()
    {
        var ct = TestContext.Current.CancellationToken;
        var trackingNumber = await RegisterParcelAsync(DateTime.UtcNow.AddMinutes(-50), ct);
        using var http = await CarrierApi.ClientAsync(Server, Zto, ct);
        var page = await OpenAsync(Roles.Manager, "/");
        var inFlight = await KpiAsync(page, OverviewCalculator.Names.InFlight);

        await page.GetByTestId("feed-pause").ClickAsync();
        await Assertions.Expect(page.GetByTestId("feed-pause")).ToHaveAttributeAsync("aria-pressed", "true");
        await PostAsync(http, trackingNumber, "GOT", DateTime.UtcNow.AddMinutes(-40), ct);

        // The KPIs move on; the paused feed does not.
        await Assertions.Expect(Kpi(page, OverviewCalculator.Names.InFlight)).ToHaveAttributeAsync("data-value", Number(inFlight + 1));
        await Assertions.Expect(page.Locator($"[data-tracking='{trackingNumber}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("Paused: new updates are held back")).ToBeVisibleAsync();

        await page.GetByTestId("feed-pause").ClickAsync();
        await Assertions.Expect(page.GetByTestId("event-feed").Locator($"[data-tracking='{trackingNumber}']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_link_in_a_live_panel_keeps_the_keyboard_focus_when_the_panel_updates()
    {
        var ct = TestContext.Current.CancellationToken;
        var focusedParcel = await RegisterParcelAsync(DateTime.UtcNow.AddMinutes(-50), ct);
        var laterParcel = await RegisterParcelAsync(DateTime.UtcNow.AddMinutes(-50), ct);
        using var http = await CarrierApi.ClientAsync(Server, Zto, ct);
        var page = await OpenAsync(Roles.Manager, "/");
        await PostAsync(http, focusedParcel, "GOT", DateTime.UtcNow.AddMinutes(-41), ct);
        var link = page.GetByTestId("event-feed").Locator($"[data-tracking='{focusedParcel}'] a").First;
        await link.FocusAsync();
        await Assertions.Expect(link).ToBeFocusedAsync();

        // The feed's list is shared HTML: a new update replaces all of it, the focused link included.
        await PostAsync(http, laterParcel, "GOT", DateTime.UtcNow.AddMinutes(-40), ct);

        await Assertions.Expect(page.GetByTestId("event-feed").Locator($"[data-tracking='{laterParcel}']")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(link).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_focused_kpi_card_keeps_the_keyboard_focus_when_its_figure_changes()
    {
        var ct = TestContext.Current.CancellationToken;
        var trackingNumber = await RegisterParcelAsync(DateTime.UtcNow.AddMinutes(-50), ct);
        using var http = await CarrierApi.ClientAsync(Server, Zto, ct);
        var page = await OpenAsync(Roles.Manager, "/");
        var inFlight = await KpiAsync(page, OverviewCalculator.Names.InFlight);
        var card = Kpi(page, OverviewCalculator.Names.InFlight);
        await card.FocusAsync();
        await Assertions.Expect(card).ToBeFocusedAsync();

        // The card's content is shared HTML that a new figure replaces; the card around it stays.
        await PostAsync(http, trackingNumber, "GOT", DateTime.UtcNow.AddMinutes(-40), ct);

        await Assertions.Expect(card).ToHaveAttributeAsync("data-value", Number(inFlight + 1));
        await Assertions.Expect(card).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".kpi-formula:visible")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task An_executive_gets_the_figures_without_links_into_the_parcel_list_they_may_not_open()
    {
        var manager = await OpenAsync(Roles.Manager, "/");
        await Assertions.Expect(manager.Locator("[data-kpi][href^='/parcels?']")).ToHaveCountAsync(8);

        var executive = await OpenAsync(Roles.Executive, "/");
        await Assertions.Expect(executive.Locator("[data-kpi]")).ToHaveCountAsync(8);
        await Assertions.Expect(executive.Locator("a[href*='/parcels']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Filters_live_in_the_address_and_unknown_values_are_explained()
    {
        var page = await OpenAsync(Roles.Manager, "/?carrier=DHL&service=NEXT_DAY");
        await Assertions.Expect(page.GetByText("Unknown carrier \"DHL\" in the address was ignored.")).ToBeVisibleAsync();
        await Assertions.Expect(Chosen(page, "Service")).ToHaveTextAsync("Next-day");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Carrier" }).SelectOptionAsync(new SelectOptionValue { Label = "STO Express (Shentong)" });

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("carrier=STO"));
        Assert.Contains("service=NEXT_DAY", page.Url);
        await Assertions.Expect(page.Locator("[data-kpi]").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("carrier=STO"));
        await Assertions.Expect(Chosen(page, "Carrier")).ToHaveTextAsync("STO Express (Shentong)");
    }

    [Fact]
    public async Task Filters_work_from_the_keyboard_and_clear_with_one_button()
    {
        var page = await OpenAsync(Roles.Manager, "/?carrier=ZTO");

        // The time zone select steps through its list with the arrow keys; China Standard Time is chosen, so one step
        // down is UTC.
        var zone = page.GetByRole(AriaRole.Combobox, new() { Name = "Time zone" });
        await zone.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("tz=UTC"));
        Assert.Contains("carrier=ZTO", page.Url);
        await Assertions.Expect(page.GetByTestId("as-of")).ToContainTextAsync("UTC");

        var clear = page.GetByRole(AriaRole.Button, new() { Name = "Clear filters" });
        await clear.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("carrier="));
        Assert.Contains("tz=UTC", page.Url);
        await Assertions.Expect(Chosen(page, "Carrier")).ToHaveTextAsync("All carriers");
    }

    [Fact]
    public async Task A_kpi_card_shows_its_formula_when_reached_with_the_keyboard()
    {
        var page = await OpenAsync(Roles.Manager, "/");
        var card = page.Locator("[data-kpi]").First;
        var formula = (await card.Locator(".visually-hidden").TextContentAsync())!.Replace("Formula: ", "").Trim();

        // The last filter is followed by the first card in the tab order.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Time zone" }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");

        await Assertions.Expect(card).ToBeFocusedAsync();
        var tooltip = page.Locator(".kpi-formula").First;
        await Assertions.Expect(tooltip).ToBeVisibleAsync();
        await Assertions.Expect(tooltip).ToHaveTextAsync(formula);
        await Assertions.Expect(page.Locator(".kpi-formula:visible")).ToHaveCountAsync(1);
        // Drawn over the card below it, not under it: what the eye meets at the tooltip's centre is the tooltip (it lets
        // the pointer through, so it takes hits only while asked).
        Assert.True(await tooltip.EvaluateAsync<bool>("""
            tip => {
                const box = tip.getBoundingClientRect();
                tip.style.pointerEvents = 'auto';
                const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                tip.style.pointerEvents = '';
                return tip.contains(top);
            }
            """), "The formula tooltip is covered by another element.");
    }

    [Fact]
    public async Task Ten_open_pages_cost_no_more_database_queries_than_one()
    {
        var ct = TestContext.Current.CancellationToken;
        var pages = new List<IPage> { await OpenAsync(Roles.Manager, "/") };

        var onePage = await DatabaseWorkUnderLoadAsync(ct);
        for (var i = 0; i < 9; i++) pages.Add(await OpenAsync(Roles.Manager, "/"));
        var tenPages = await DatabaseWorkUnderLoadAsync(ct);

        // Refreshes per second depend on how busy the machine is; what must not depend on the pages is the work
        // per refresh and the refresh ceiling. Pages querying for themselves would raise both.
        Assert.True(onePage.Refreshes > 0, "The live notifier should refresh while events arrive.");
        Assert.True(tenPages.QueriesPerRefresh <= onePage.QueriesPerRefresh + 1,
            $"{tenPages.QueriesPerRefresh:F1} queries per refresh with ten pages open against {onePage.QueriesPerRefresh:F1} with one: pages must share the notifier's reads.");
        var ceiling = 1 / LiveOperations.MinimumInterval.TotalSeconds;
        Assert.True(tenPages.RefreshesPerSecond <= ceiling * 1.1,
            $"{tenPages.RefreshesPerSecond:F1} refreshes/s with ten pages open; the notifier is capped at {ceiling:F0}/s.");
        Assert.True(tenPages.QueriesPerSecond <= ceiling * 1.1 * (onePage.QueriesPerRefresh + 1));

        // Ten live circuits rendering twice a second would slow the other tests sharing this server.
        foreach (var page in pages) await page.Context.CloseAsync();
    }

    private sealed record DatabaseWork(long Queries, long Refreshes, double Seconds)
    {
        public double QueriesPerRefresh => Refreshes == 0 ? 0 : Queries / (double)Refreshes;
        public double RefreshesPerSecond => Refreshes / Seconds;
        public double QueriesPerSecond => Queries / Seconds;
    }

    /// <summary>Commits a small batch every 50 ms for three seconds and counts read queries and notifier refreshes.</summary>
    private async Task<DatabaseWork> DatabaseWorkUnderLoadAsync(CancellationToken ct)
    {
        var counter = Server.Services.GetRequiredService<QueryCounter>();
        var live = Server.Services.GetRequiredService<LiveOperations>();
        var prefix = "Q" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var created = DateTime.UtcNow.AddHours(-1);
        var (queries, refreshes) = (counter.Count, live.Refreshes);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < TimeSpan.FromSeconds(3); i++)
        {
            await Pipeline.RegisterAsync([new ParcelRegistration($"{prefix}{i:D5}", Zto, EastToEast, NextDay, Tmall, created, created.AddHours(36), "n", "p", "a")], ct);
            await Task.Delay(50, ct);
        }

        return new DatabaseWork(counter.Count - queries, live.Refreshes - refreshes, clock.Elapsed.TotalSeconds);
    }

    private static async Task PostAsync(HttpClient http, string trackingNumber, string code, DateTime at, CancellationToken ct)
    {
        await CarrierApi.PostAcceptedAsync(http, $"{trackingNumber}-{code}", trackingNumber, code, "扫描 " + code, "HGH", at, ct);
    }

    private static ILocator Kpi(IPage page, string name) => page.Locator($"[data-kpi='{name}']");

    /// <summary>The option a filter shows as chosen.</summary>
    private static ILocator Chosen(IPage page, string filter) =>
        page.GetByRole(AriaRole.Combobox, new() { Name = filter }).Locator("option:checked");

    private static async Task<double> KpiAsync(IPage page, string name)
    {
        var value = await Kpi(page, name).GetAttributeAsync("data-value");
        return string.IsNullOrEmpty(value) ? 0 : double.Parse(value, CultureInfo.InvariantCulture);
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
