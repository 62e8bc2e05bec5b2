using System.Globalization;
using System.Text.RegularExpressions;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>Complaints and notes as support logs and follows them: on the parcel page, the complaints list and the overview KPI.</summary>
public sealed class ComplaintPagesTests(DashboardServer server, BrowserFixture browser) : PageTests<DashboardServer>(server, browser)
{
    [Fact]
    public async Task A_logged_complaint_shows_on_the_parcel_on_the_complaints_list_and_in_the_overview_kpi()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await RegisterAsync(ct);
        var page = await OpenAsync(Roles.Support, "/");
        var kpi = page.Locator($"[data-kpi='{OverviewCalculator.Names.ComplaintsPer10kToday}']");
        await Assertions.Expect(kpi).ToHaveAttributeAsync("data-value", new System.Text.RegularExpressions.Regex(".+"));
        var before = double.Parse((await kpi.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
        var createdToday = await CreatedTodayAsync(ct);

        await page.GotoAsync($"/parcels/{number}");
        await page.WaitUntilInteractiveAsync();
        await BrowserInputs.ChooseAsync(page, "complaint-category", "Impolite courier");
        await BrowserInputs.ChooseAsync(page, "complaint-channel", "Phone");
        await page.GetByTestId("complaint-description").FillAsync("The courier shouted at the customer.");
        await page.GetByTestId("complaint-submit").ClickAsync();

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Complaint logged");
        await Assertions.Expect(page.GetByTestId("complaints").Locator("[data-complaint]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("complaints")).ToContainTextAsync("The courier shouted at the customer.");

        await page.GotoAsync("/complaints?state=unresolved&carrier=ZTO");
        await page.WaitUntilInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("complaint-grid").Locator($"[data-tracking='{number}']")).ToBeVisibleAsync();
        await using (var db = Db())
        {
            var impoliteZto = await db.Complaints.CountAsync(c => c.CarrierId == Zto && c.Category == ComplaintCategory.ImpoliteCourier
                && (c.State == ComplaintState.Open || c.State == ComplaintState.InProgress), ct);
            await Assertions.Expect(page.GetByTestId("counts-by-category").Locator("[data-category='ImpoliteCourier'] td")).ToHaveTextAsync(impoliteZto.ToString());
        }

        await page.GotoAsync("/");
        await page.WaitUntilInteractiveAsync();
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
        await Server.Services.GetRequiredService<SupportDesk>().FileComplaintAsync(number, ComplaintCategory.Lost, ContactChannel.Email, "Never arrived", "amy", cancellationToken: ct);
        var page = await OpenAsync(Roles.Support, $"/parcels/{number}");

        await BrowserInputs.ChooseAsync(page, "complaint-edit-state", "Rejected");
        await page.GetByTestId("complaint-edit-valid").UncheckAsync();
        await page.GetByTestId("complaint-edit-save").ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(confirm).ToContainTextAsync("Open → Rejected, marked not valid");
        await confirm.GetByTestId("complaint-change-confirm").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Complaint saved");

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
        var page = await OpenAsync(Roles.Support, $"/parcels/{number}");

        // The text first: MudSelect gives itself the focus again a moment after a key picks an option, and text typed
        // into the box in that moment would land in the select.
        await page.GetByTestId("complaint-description").FillAsync(text == "oversized" ? new string('x', ComplaintRules.MaxDescriptionLength + 1) : text);
        await BrowserInputs.ChooseAsync(page, "complaint-category", "Damaged");
        // Without a mouse: focus the select and type the option's first letter.
        await page.GetByTestId("complaint-channel").FocusAsync();
        await page.Keyboard.PressAsync("c");
        await Assertions.Expect(page.GetByTestId("complaint-channel")).ToHaveValueAsync("Chat");
        await page.GetByTestId("complaint-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("complaint-error")).ToHaveTextAsync(message);
        Assert.Equal(complaints, await CountAsync(ct));
        await Assertions.Expect(page.GetByTestId("complaints")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_list_filters_work_with_mouse_and_keyboard_and_stay_in_the_address()
    {
        var ct = TestContext.Current.CancellationToken;
        var zto = await RegisterAsync(ct);
        var sto = await RegisterAsync(ct, Sto);
        var desk = Server.Services.GetRequiredService<SupportDesk>();
        await desk.FileComplaintAsync(zto, ComplaintCategory.Lost, ContactChannel.Email, "ZTO lost it", "amy", cancellationToken: ct);
        await desk.FileComplaintAsync(sto, ComplaintCategory.Damaged, ContactChannel.Phone, "STO crushed it", "amy", cancellationToken: ct);
        var page = await OpenAsync(Roles.Support, "/complaints");
        var grid = page.GetByTestId("complaint-grid");
        await Assertions.Expect(grid.Locator($"[data-tracking='{zto}']")).ToBeVisibleAsync();

        await BrowserInputs.ChooseAsync(page, "complaint-filter-carrier", "STO Express (Shentong)");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/complaints\\?carrier=STO$"));
        await Assertions.Expect(grid.Locator($"[data-tracking='{sto}']")).ToBeVisibleAsync();
        await Assertions.Expect(grid.Locator($"[data-tracking='{zto}']")).ToHaveCountAsync(0);

        // Keyboard only: Enter opens, the arrow moves to "Open or in progress", Enter chooses it.
        await page.GetByTestId("complaint-filter-state").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/complaints\\?carrier=STO&state=unresolved$"));
        await Assertions.Expect(page.GetByTestId("complaint-filter-state")).ToHaveValueAsync("Open or in progress");
        await Assertions.Expect(grid.Locator($"[data-tracking='{sto}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("counts-by-carrier").Locator("[data-carrier='ZTO'] td")).ToHaveTextAsync("0");
    }

    [Fact]
    public async Task A_note_is_added_from_the_parcel_page_under_the_signed_in_user()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await RegisterAsync(ct);
        var page = await OpenAsync(Roles.Support, $"/parcels/{number}");

        await page.GetByLabel("New note").FillAsync("Customer asked for a call-back after 18:00.");
        await page.GetByTestId("note-submit").ClickAsync();

        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Note added");
        await Assertions.Expect(page.GetByTestId("notes").Locator("li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("notes")).ToContainTextAsync("support@cainiao.demo");
        await Assertions.Expect(page.GetByTestId("notes")).ToContainTextAsync("Customer asked for a call-back after 18:00.");
        await Assertions.Expect(page.GetByTestId("note-text")).ToHaveValueAsync("");
    }

    [Theory]
    [InlineData(1280, 800, "light")]
    [InlineData(1280, 800, "dark")]
    [InlineData(1440, 900, "light")]
    [InlineData(1440, 900, "dark")]
    public async Task The_complaints_list_and_a_parcel_with_complaints_fit_the_laptop_sizes_without_sideways_scrolling(int width, int height, string theme)
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await RegisterAsync(ct);
        var desk = Server.Services.GetRequiredService<SupportDesk>();
        await desk.FileComplaintAsync(number, ComplaintCategory.Misdelivered, ContactChannel.Email,
            "The parcel was left with a neighbour three streets away; the customer wants it redelivered to the address on the order. " +
            "Second call today, very unhappy.", "amy", cancellationToken: ct);
        await desk.AddNoteAsync(number, "Called the station manager.", "amy", ct);
        var page = await Browser.NewSignedInPageAsync(Server, Roles.Support, width, height);
        await PageChecks.UseThemeAsync(page, Server.BaseAddress, theme);

        foreach (var (path, name) in new[] { ("/complaints", "complaints"), ($"/parcels/{number}", "parcel") })
        {
            await page.GotoAsync(path);
            await page.WaitUntilInteractiveAsync();
            await Assertions.Expect(page.Locator("[data-tracking], [data-complaint]").First).ToBeVisibleAsync();
            await PageChecks.AssertFitsAsync(page, $"{name}-{theme}-{width}x{height}");
        }
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_complaints_list_reads_in_chinese_and_fits_a_laptop(string theme)
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await RegisterAsync(ct);
        await Server.Services.GetRequiredService<SupportDesk>().FileComplaintAsync(number, ComplaintCategory.Misdelivered, ContactChannel.Email,
            "Left with a neighbour.", "amy", cancellationToken: ct);
        var page = await Browser.NewSignedInPageAsync(Server, Roles.Support, 1280, 800);
        await PageChecks.UseThemeAsync(page, Server.BaseAddress, theme);
        await page.Context.AddCookiesAsync([new Cookie
        {
            Name = Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Value = Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new("zh-CN")),
            Url = Server.BaseAddress.ToString(),
        }]);

        await page.GotoAsync("/complaints?carrier=ZTO");
        await page.WaitUntilInteractiveAsync();

        await Assertions.Expect(page).ToHaveTitleAsync("投诉 · CainiaoDashboard");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("投诉");
        await Assertions.Expect(page.GetByTestId("complaint-filter-carrier")).ToHaveValueAsync("中通快递");
        await Assertions.Expect(page.GetByTestId("complaint-filter-state")).ToHaveValueAsync("全部状态");
        var row = page.GetByTestId("complaint-grid").Locator("tr", new() { Has = page.Locator($"a[data-tracking='{number}']") });
        await Assertions.Expect(row).ToContainTextAsync("错投／地址错误");
        await Assertions.Expect(row.GetByTestId("complaint-row-state")).ToHaveTextAsync("待处理");
        await Assertions.Expect(page.GetByTestId("complaint-count")).ToHaveTextAsync(new Regex(@"^共[\d,]+条投诉，最新在前$"));
        await Assertions.Expect(page.GetByTestId("complaint-grid")).ToContainTextAsync("每页行数：");
        await PageChecks.AssertFitsAsync(page, $"complaints-zh-CN-{theme}-1280x800");
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

    private async Task<string> RegisterAsync(CancellationToken ct, int? carrierId = null)
    {
        var carrier = carrierId ?? Zto;
        // Five minutes ago, but not before China's midnight: in the first minutes of an operations day the parcel would be
        // yesterday's, and the overview's figures of parcels created today would not count it.
        var now = DateTime.UtcNow;
        var startOfToday = OperationsCalendar.StartOfDayUtc(OperationsCalendar.DayOf(now));
        var created = now.AddMinutes(-5) < startOfToday ? startOfToday : now.AddMinutes(-5);
        return await RegisterParcelAsync(created, ct, TestParcels.NewTrackingNumber(carrier == Zto ? "ZT" : "ST"), carrier);
    }
}
