using System.Globalization;
using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Parcels;

public sealed class ParcelFiltersTests : MudTestContext
{
    private readonly List<ParcelListFilter> changes = [];

    public ParcelFiltersTests() => RenderProviders();

    [Fact]
    public void Choosing_a_carrier_hands_over_the_filter_with_that_carrier_and_the_rest_unchanged()
    {
        var late = ParcelListFilter.All with { View = ParcelView.Late };
        var cut = RenderFilters(late);

        Choose(cut, "filter-carrier", "STO Express (Shentong)");

        Assert.Equal(late with { CarrierId = Sto }, Assert.Single(changes));
    }

    [Fact]
    public void The_selects_show_the_filter_they_were_given()
    {
        var cut = RenderFilters(ParcelListFilter.All with
        {
            View = ParcelView.Late, CarrierId = Sto, Lateness = Lateness.AtRisk, LaneId = LaneCodes.Parse("CN-EAST:US"), OriginHubId = Hangzhou,
        });

        Assert.Equal("Late", Shown(cut, "filter-view"));
        Assert.Equal("STO Express", Shown(cut, "filter-carrier"));
        Assert.Equal("At risk", Shown(cut, "filter-lateness"));
        Assert.Equal("Any status", Shown(cut, "filter-status"));
        Assert.Equal("CN-EAST → US", Shown(cut, "filter-lane"));
        Assert.Equal("HGH", Shown(cut, "filter-origin-hub"));
        Assert.Equal("CST", Shown(cut, "filter-zone"));
    }

    [Fact]
    public void Choosing_the_any_entry_removes_that_filter()
    {
        var cut = RenderFilters(ParcelListFilter.All with { CarrierId = Sto, ServiceLevelId = NextDay });

        Choose(cut, "filter-service", "All services");

        Assert.Equal(ParcelListFilter.All with { CarrierId = Sto }, Assert.Single(changes));
    }

    [Fact]
    public void Clear_filters_resets_everything_but_the_time_zone()
    {
        var newYork = DisplayTimeZones.FromKey("NY");
        var cut = RenderFilters(ParcelListFilter.All with
        {
            View = ParcelView.Late, CarrierId = Sto, Stalled = true, CreatedFrom = new DateOnly(2026, 11, 1), Zone = newYork,
        });

        cut.Find("button[data-testid=filter-clear]").Click();

        Assert.Equal(ParcelListFilter.All with { Zone = newYork }, Assert.Single(changes));
    }

    [Fact]
    public void More_filters_open_by_themselves_when_one_of_them_is_set()
    {
        var plain = RenderFilters(ParcelListFilter.All);
        Assert.Empty(plain.FindAll("[data-testid=filter-more-panel]"));
        var more = plain.Find("button[data-testid=filter-more]");
        Assert.Equal(("false", "More filters"), (more.GetAttribute("aria-expanded"), more.TextContent.Trim()));
        more.Click();
        Assert.NotNull(plain.Find("[data-testid=filter-more-panel] input[data-testid=filter-created-from]"));

        var withHub = RenderFilters(ParcelListFilter.All with { HubId = Hangzhou, Zone = DisplayTimeZones.FromKey("UTC") });
        var toggle = withHub.Find("button[data-testid=filter-more]");
        Assert.Equal(("true", "More filters (2)"), (toggle.GetAttribute("aria-expanded"), toggle.TextContent.Trim()));
        Assert.Equal("HGH", Shown(withHub, "filter-hub"));
    }

    [Fact]
    public void A_date_picked_in_the_calendar_becomes_the_filter_day_and_shows_as_yyyy_MM_dd()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DashboardCulture.Default;
        try
        {
            var promisedTo = new DateOnly(2026, 11, 20);
            var cut = RenderFilters(ParcelListFilter.All with { PromisedTo = promisedTo });
            Assert.Equal("2026-11-20", Input(cut, "filter-promised-to").GetAttribute("value"));

            cut.Find("[data-testid=filter-promised-to]").Closest(".mud-picker")!.QuerySelector("button[aria-label=Open]")!.Click();
            Popovers.WaitForElement(".mud-popover-open .mud-picker-calendar");
            Assert.Equal("Mon", Popovers.Find(".mud-popover-open .mud-day-label").TextContent.Trim());
            Popovers.FindAll(".mud-popover-open button.mud-picker-calendar-day:not(.mud-hidden)")
                .Single(d => d.TextContent.Trim() == "18").Click();

            cut.WaitForAssertion(() => Assert.Equal(
                ParcelListFilter.All with { PromisedTo = new DateOnly(2026, 11, 18) },
                Assert.Single(changes)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void A_date_typed_in_the_culture_format_becomes_the_filter_day()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DashboardCulture.Default;
        try
        {
            var cut = RenderFilters(ParcelListFilter.All with { Stalled = false });

            Input(cut, "filter-created-from").Change("2026-11-03");

            cut.WaitForAssertion(() => Assert.Equal(
                ParcelListFilter.All with { Stalled = false, CreatedFrom = new DateOnly(2026, 11, 3) }, Assert.Single(changes)));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void Emptying_a_date_removes_it_from_the_filter()
    {
        var cut = RenderFilters(ParcelListFilter.All with { CreatedFrom = new DateOnly(2026, 11, 3), CreatedTo = new DateOnly(2026, 11, 9) });

        Input(cut, "filter-created-to").Change("");

        cut.WaitForAssertion(() => Assert.Equal(ParcelListFilter.All with { CreatedFrom = new DateOnly(2026, 11, 3) }, Assert.Single(changes)));
    }

    private IRenderedComponent<ParcelFilters> RenderFilters(ParcelListFilter filter) =>
        Render<ParcelFilters>(p => p
            .Add(f => f.Filter, filter)
            .Add(f => f.OnChange, (ParcelListFilter next) => changes.Add(next)));

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<ParcelFilters> cut, string testId) => cut.Find($"input[data-testid={testId}]");

    private static string? Shown(IRenderedComponent<ParcelFilters> cut, string testId) => Input(cut, testId).GetAttribute("value");

    private void Choose(IRenderedComponent<ParcelFilters> cut, string testId, string item)
    {
        Input(cut, testId).Closest(".mud-input-control")!.MouseDown();
        Popovers.WaitForElements(".mud-popover-open .mud-list-item");
        Popovers.FindAll(".mud-popover-open .mud-list-item").Single(e => e.TextContent.Trim() == item).Click();
    }
}
