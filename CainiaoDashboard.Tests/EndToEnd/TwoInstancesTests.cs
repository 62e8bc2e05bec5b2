using System.Diagnostics;
using System.Net;
using Cookie = System.Net.Cookie;
using CainiaoDashboard.Data.Postgres;
using CainiaoDashboard.Infrastructure;
using Microsoft.EntityFrameworkCore;
using System.Globalization;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// Two dashboard instances on one PostgreSQL database (issue 21): what one takes in, the other's live pages show, as a
/// user behind a load balancer reaching either would expect.
/// </summary>
public sealed class TwoInstancesTests(PostgresInstances instances, BrowserFixture browser) : IClassFixture<PostgresInstances>
{
    [Fact]
    public async Task An_event_posted_to_instance_A_moves_the_in_flight_kpi_on_instance_Bs_open_overview_within_two_seconds()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await TestParcels.RegisterAsync(Pipeline(instances.A), DateTime.UtcNow.AddMinutes(-50), ct);
        using var http = await CarrierApi.ClientAsync(instances.A, Zto, ct);
        var page = await browser.OpenInteractiveAsync(instances.B, Roles.Manager, "/");
        var inFlight = page.Locator($"[data-kpi='{OverviewCalculator.Names.InFlight}']");
        await Assertions.Expect(inFlight).ToHaveAttributeAsync("data-value", new System.Text.RegularExpressions.Regex(".+"));
        var before = double.Parse((await inFlight.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);

        var posted = Stopwatch.StartNew();
        await CarrierApi.PostAcceptedAsync(http, $"{number}-GOT", number, "GOT", "揽收", "HGH", DateTime.UtcNow.AddMinutes(-40), ct);
        await Assertions.Expect(inFlight).ToHaveAttributeAsync("data-value", (before + 1).ToString("R", CultureInfo.InvariantCulture),
            new() { Timeout = 2000 });
        TestContext.Current.SendDiagnosticMessage($"Instance B showed A's event {posted.ElapsedMilliseconds} ms after A accepted it.");

        // B's event feed hears of it too, not only its figures.
        await Assertions.Expect(page.GetByTestId("event-feed").Locator($"[data-tracking='{number}']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_complaint_logged_on_instance_B_shows_on_instance_As_complaint_list()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await TestParcels.RegisterAsync(Pipeline(instances.A), DateTime.UtcNow.AddHours(-3), ct);
        var onB = await browser.OpenInteractiveAsync(instances.B, Roles.Support, $"/parcels/{number}");
        await BrowserInputs.ChooseAsync(onB, "complaint-category", "Impolite courier");
        await BrowserInputs.ChooseAsync(onB, "complaint-channel", "Phone");
        await onB.GetByTestId("complaint-description").FillAsync("Logged on instance B.");
        await onB.GetByTestId("complaint-submit").ClickAsync();
        await Assertions.Expect(onB.Locator(".mud-snackbar")).ToContainTextAsync("Complaint logged");

        var onA = await browser.OpenInteractiveAsync(instances.A, Roles.Support, "/complaints?state=unresolved&carrier=ZTO");
        var link = onA.GetByTestId("complaint-grid").Locator($"[data-tracking='{number}']");
        await Assertions.Expect(link).ToBeVisibleAsync();
        var row = onA.GetByTestId("complaint-grid").GetByRole(AriaRole.Row).Filter(new() { Has = onA.Locator($"[data-tracking='{number}']") });
        await Assertions.Expect(row).ToContainTextAsync("Logged on instance B.");
    }

    [Fact]
    public async Task A_user_signed_in_on_instance_A_stays_signed_in_when_the_load_balancer_sends_them_to_B()
    {
        var ct = TestContext.Current.CancellationToken;
        var cookies = new CookieContainer();
        using (var onA = AccountClient.Create(instances.A.BaseAddress, cookies))
        {
            using var signIn = await AccountClient.PostSignInAsync(onA, IdentitySeeding.DemoEmail(Roles.Support), DashboardServer.DemoPassword, ct);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        var cookie = cookies.GetCookies(instances.A.BaseAddress)[AuthSetup.CookieName]!;
        var toB = new CookieContainer();
        toB.Add(instances.B.BaseAddress, new Cookie(cookie.Name, cookie.Value, "/"));
        using var onB = AccountClient.Create(instances.B.BaseAddress, toB);
        using var page = await onB.GetAsync("/parcels", ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // The key that signed the cookie is in the shared database, not in either machine's profile folder.
        await using var db = (PostgresDbContext)instances.Store.CreateContext();
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync(ct));
    }

    private static IngestPipeline Pipeline(DashboardServer server) => server.Services.GetRequiredService<IngestPipeline>();
}
