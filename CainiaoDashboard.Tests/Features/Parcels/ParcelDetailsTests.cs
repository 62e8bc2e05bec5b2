using System.Globalization;
using Bunit;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using TestContext = Xunit.TestContext;

namespace CainiaoDashboard.Tests.Features.Parcels;

public sealed class ParcelDetailsTests : MudTestContext, IAsyncLifetime
{
    private SupportDatabase data = default!;

    public async ValueTask InitializeAsync()
    {
        data = await SupportDatabase.CreateAsync();
        Services.AddSingleton(data.DetailQuery());
        Services.AddSingleton(data.Desk);
        Services.AddSingleton(data.Clock);
        Services.AddSingleton(new ParcelChanges(data.Pipeline, NullLogger<ParcelChanges>.Instance));
        Services.AddScoped<PersonalDataAccess>();
        var auth = AddAuthorization();
        auth.SetAuthorized("support@cainiao.demo");
        auth.SetRoles(Roles.Support);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        await data.DisposeAsync();
    }

    [Fact]
    public void An_unknown_number_says_so_and_points_to_the_list()
    {
        var cut = Render<ParcelDetails>(p => p.Add(d => d.TrackingNumber, "ZZ404404404CN"));

        cut.WaitForAssertion(() => Assert.Contains("No parcel has tracking number ZZ404404404CN", cut.Find("[data-testid=parcel-not-found]").TextContent), DatabaseWait);
        Assert.Equal("/parcels", cut.Find("[data-testid=parcel-not-found] a").GetAttribute("href"));
    }

    [Fact]
    public async Task Choosing_another_zone_relabels_the_page_times_in_that_zone()
    {
        // Async-local: it flows into the page's renders and is undone when this test returns.
        CultureInfo.CurrentCulture = DashboardCulture.Default;
        var created = new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc);
        var number = await data.RegisterParcelAsync(created);
        var cut = Render<ParcelDetails>(p => p.Add(d => d.TrackingNumber, number));
        cut.WaitForAssertion(() => Assert.Equal("2026-11-21 21:00 CST · 13:00 UTC", cut.Find("[data-testid=promised]").TextContent), DatabaseWait);

        // The page is an interactive island and brings MudBlazor's providers with it.
        cut.FindComponent<MudPopoverProvider>().Choose(cut, "detail-zone", "New York");

        Assert.Equal("2026-11-21 08:00 UTC−05:00 · 13:00 UTC", cut.Find("[data-testid=promised]").TextContent);
        Assert.Contains(cut.FindAll(".widget-title small"), subtitle => subtitle.TextContent == "New York");
    }

    [Fact]
    public async Task A_note_added_elsewhere_appears_without_reloading()
    {
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-3));
        var cut = Render<ParcelDetails>(p => p.Add(d => d.TrackingNumber, number));
        cut.WaitForAssertion(() => Assert.Equal(number, cut.Find("[data-testid=parcel-tracking]").TextContent), DatabaseWait);
        Assert.Empty(cut.FindAll("[data-testid=notes] li"));

        await data.Desk.AddNoteAsync(number, "Added in another tab.", "bo", TestContext.Current.CancellationToken);

        cut.WaitForAssertion(() => Assert.Contains("Added in another tab.", cut.Find("[data-testid=notes]").TextContent), DatabaseWait);
    }
}
