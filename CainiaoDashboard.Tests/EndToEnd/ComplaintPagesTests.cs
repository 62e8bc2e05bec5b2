using System.Globalization;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Services;
using CainiaoDashboard.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CainiaoDashboard.Tests.EndToEnd;

public sealed class ComplaintPagesTests(DashboardServer server, BrowserFixture browser) : IClassFixture<DashboardServer>
{
    private const int Zto = 1, EastToEast = 1, NextDay = 2;

    [Fact]
    public async Task A_logged_complaint_shows_on_the_parcel_on_the_complaints_list_and_in_the_overview_kpi()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await RegisterAsync(ct);
        var page = await browser.NewSignedInPageAsync(server, Roles.Support);
        await page.GotoAsync("/");
        await Interactive(page);
        var kpi = page.Locator($"[data-kpi='{OverviewCalculator.Names.ComplaintsPer10kToday}']");
        await Assertions.Expect(kpi).ToHaveAttributeAsync("data-value", new System.Text.RegularExpressions.Regex(".+"));
        var before = double.Parse((await kpi.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        var createdToday = await CreatedTodayAsync(ct);

        await page.GotoAsync($"/parcels/{number}");
        await Interactive(page);
        await page.GetByTestId("complaint-category").SelectOptionAsync(nameof(ComplaintCategory.ImpoliteCourier));
        await page.GetByTestId("complaint-channel").SelectOptionAsync(nameof(ContactChannel.Phone));
        await page.GetByTestId("complaint-description").FillAsync("The courier shouted at the customer.");
        await page.GetByTestId("complaint-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("complaints").Locator("[data-complaint]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("complaints")).ToContainTextAsync("The courier shouted at the customer.");

        await page.GotoAsync("/complaints?state=unresolved&carrier=ZTO");
        await Interactive(page);
        await Assertions.Expect(page.GetByTestId("complaint-grid").Locator($"[data-tracking='{number}']")).ToBeVisibleAsync();
        await using (var db = Db())
        {
            var impoliteZto = await db.Complaints.CountAsync(c => c.CarrierId == Zto && c.Category == ComplaintCategory.ImpoliteCourier
                && (c.State == ComplaintState.Open || c.State == ComplaintState.InProgress), ct);
            await Assertions.Expect(page.GetByTestId("counts-by-category").Locator("[data-category='ImpoliteCourier'] td")).ToHaveTextAsync(impoliteZto.ToString());
        }

        await page.GotoAsync("/");
        await Interactive(page);
        var expected = before + 10_000.0 / createdToday;
        await Assertions.Expect(kpi).Not.ToHaveAttributeAsync("data-value", before.ToString("R", CultureInfo.InvariantCulture));
        var after = double.Parse((await kpi.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        Assert.Equal(expected, after, 6);
    }

    [Fact]
    public async Task Changing_state_and_validity_is_recorded_with_who_and_when()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await RegisterAsync(ct);
        await server.Services.GetRequiredService<SupportDesk>().FileComplaintAsync(number, ComplaintCategory.Lost, ContactChannel.Email, "Never arrived", "amy", ct);
        var page = await browser.NewSignedInPageAsync(server, Roles.Support);
        await page.GotoAsync($"/parcels/{number}");
        await Interactive(page);

        await page.GetByTestId("complaint-edit-state").SelectOptionAsync(nameof(ComplaintState.Rejected));
        await page.GetByTestId("complaint-edit-valid").UncheckAsync();
        await page.GetByTestId("complaint-edit-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("complaint-state")).ToHaveTextAsync("Rejected");
        await Assertions.Expect(page.GetByTestId("complaint-change")).ToContainTextAsync("support@cainiao.demo: Open → Rejected, marked not valid");
        await using var db = Db();
        var change = await db.ComplaintChanges.Join(db.Complaints, h => h.ComplaintId, c => c.Id, (h, c) => new { h, c.ParcelId })
            .Join(db.Parcels, x => x.ParcelId, p => p.Id, (x, p) => new { x.h, p.TrackingNumber })
            .Where(x => x.TrackingNumber == number).Select(x => x.h).SingleAsync(ct);
        Assert.Equal(("support@cainiao.demo", ComplaintState.Open, ComplaintState.Rejected, true, false),
            (change.ChangedBy, change.FromState, change.ToState, change.FromValid, change.ToValid));
        Assert.InRange(DateTime.SpecifyKind(change.ChangedUtc, DateTimeKind.Utc), DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow);
    }

    [Theory]
    [InlineData("", "Enter a description: it cannot be empty.")]
    [InlineData("oversized", "The description is too long: 2,001 characters, at most 2,000.")]
    public async Task Empty_or_oversized_complaint_text_gets_a_clear_message_and_stores_nothing(string text, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await RegisterAsync(ct);
        var complaints = await CountAsync(ct);
        var page = await browser.NewSignedInPageAsync(server, Roles.Support);
        await page.GotoAsync($"/parcels/{number}");
        await Interactive(page);

        await page.GetByTestId("complaint-category").SelectOptionAsync(nameof(ComplaintCategory.Damaged));
        await page.GetByTestId("complaint-channel").SelectOptionAsync(nameof(ContactChannel.Chat));
        await page.GetByTestId("complaint-description").FillAsync(text == "oversized" ? new string('x', ComplaintRules.MaxDescriptionLength + 1) : text);
        await page.GetByTestId("complaint-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("complaint-error")).ToHaveTextAsync(message);
        Assert.Equal(complaints, await CountAsync(ct));
        await Assertions.Expect(page.GetByTestId("complaints")).ToHaveCountAsync(0);
    }

    private async Task<int> CountAsync(CancellationToken ct)
    {
        await using var db = Db();
        return await db.Complaints.CountAsync(ct);
    }

    private async Task<long> CreatedTodayAsync(CancellationToken ct)
    {
        var start = OperationsCalendar.StartOfHour(OperationsCalendar.StartOfDayHour(DateTime.UtcNow));
        await using var db = Db();
        return await db.Parcels.CountAsync(p => p.CreatedUtc >= start, ct);
    }

    private async Task<string> RegisterAsync(CancellationToken ct)
    {
        var number = "ZT" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var created = DateTime.UtcNow.AddMinutes(-5);
        await server.Services.GetRequiredService<IngestPipeline>().RegisterAsync(
            [new ParcelRegistration(number, Zto, EastToEast, NextDay, 1, created, created.AddHours(36), "Li Wei", "+86 138 0000 0000", "Hangzhou")], ct);
        return number;
    }

    private CainiaoDbContext Db() => SqliteOptions.CreateContext($"Data Source={server.DatabasePath}");

    private static Task Interactive(IPage page) =>
        Assertions.Expect(page.Locator(".live-status")).ToHaveAttributeAsync("data-interactive", "true");
}
