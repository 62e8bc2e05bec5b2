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

    [Theory]
    [InlineData("en-GB", "Late", "STO Express", "At risk", "Any status", "CST", "More filters (2)", "Carrier")]
    [InlineData("zh-CN", "已逾期", "申通快递", "有逾期风险", "全部", "北京时间", "更多筛选（2）", "承运商")]
    public void The_labels_and_choices_are_in_the_readers_language(
        string language, string view, string carrier, string lateness, string status, string zone, string more, string carrierLabel)
    {
        using var scope = CultureScope.Of(language);

        var cut = RenderFilters(ParcelListFilter.All with
        {
            View = ParcelView.Late, CarrierId = Sto, Lateness = Lateness.AtRisk, HubId = Hangzhou, LaneId = LaneCodes.Parse("CN-EAST:US"),
        });

        Assert.Equal(view, Shown(cut, "filter-view"));
        Assert.Equal(carrier, Shown(cut, "filter-carrier"));
        Assert.Equal(lateness, Shown(cut, "filter-lateness"));
        Assert.Equal(status, Shown(cut, "filter-status"));
        Assert.Equal(zone, Shown(cut, "filter-zone"));
        Assert.Equal(("HGH", "CN-EAST → US"), (Shown(cut, "filter-hub"), Shown(cut, "filter-lane")));
        Assert.Equal(more, cut.Find("button[data-testid=filter-more]").TextContent.Trim());
        Assert.Equal(carrierLabel, Input(cut, "filter-carrier").Closest(".mud-input-control")!.QuerySelector("label")!.TextContent.Trim());
    }

    [Fact]
    public void Each_language_keeps_its_own_choices_and_the_open_lists_name_hubs_and_services_in_it()
    {
        using (CultureScope.Chinese())
        {
            var chinese = RenderFilters(ParcelListFilter.All with { HubId = Hangzhou });
            Assert.Equal("清除筛选", chinese.Find("button[data-testid=filter-clear]").TextContent.Trim());
            Assert.Equal(["全部", "HGH · 杭州分拨中心"], OpenList(chinese, "filter-hub").Take(2));
            Assert.Contains("次日达", OpenList(chinese, "filter-service"));

            Choose(chinese, "filter-service", "次日达");
            Assert.Equal(ParcelListFilter.All with { HubId = Hangzhou, ServiceLevelId = NextDay }, Assert.Single(changes));
        }

        // Made once for every page, the choices would keep the language of whoever came first.
        using (CultureScope.English())
        {
            var english = RenderFilters(ParcelListFilter.All);
            Assert.Equal(("All parcels", "All carriers"), (Shown(english, "filter-view"), Shown(english, "filter-carrier")));
            Assert.Contains("Next-day", OpenList(english, "filter-service"));
        }
    }

    [Theory]
    [InlineData("en-GB", "November 2026", "Mon", "Promised to")]
    [InlineData("zh-CN", "2026年11月", "周一", "承诺日期止")]
    public void The_calendar_speaks_the_readers_language_and_weeks_start_on_monday(string language, string month, string monday, string label)
    {
        using var scope = CultureScope.Of(language);
        var cut = RenderFilters(ParcelListFilter.All with { PromisedTo = new DateOnly(2026, 11, 20) });
        Assert.Equal("2026-11-20", Input(cut, "filter-promised-to").GetAttribute("value"));
        Assert.Equal(label, Input(cut, "filter-promised-to").Closest(".mud-input-control")!.QuerySelector("label")!.TextContent.Trim());

        cut.Find("[data-testid=filter-promised-to]").Closest(".mud-picker")!.QuerySelector("button.mud-icon-button")!.Click();

        Popovers.WaitForElement(".mud-popover-open .mud-picker-calendar");
        Assert.Equal(monday, Popovers.Find(".mud-popover-open .mud-day-label").TextContent.Trim());
        Assert.Contains(month, Popovers.Find(".mud-popover-open .mud-picker-calendar-header").TextContent);
        Popovers.FindAll(".mud-popover-open button.mud-picker-calendar-day:not(.mud-hidden)").Single(d => d.TextContent.Trim() == "18").Click();
        cut.WaitForAssertion(() => Assert.Equal(ParcelListFilter.All with { PromisedTo = new DateOnly(2026, 11, 18) }, Assert.Single(changes)));
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

    /// <summary>Opens a select and reads its entries, then closes it again.</summary>
    private List<string> OpenList(IRenderedComponent<ParcelFilters> cut, string testId)
    {
        Input(cut, testId).Closest(".mud-input-control")!.MouseDown();
        Popovers.WaitForElements(".mud-popover-open .mud-list-item");
        var items = Popovers.FindAll(".mud-popover-open .mud-list-item").Select(e => e.TextContent.Trim()).ToList();
        Input(cut, testId).Closest(".mud-input-control")!.MouseDown();
        Popovers.WaitForAssertion(() => Assert.Empty(Popovers.FindAll(".mud-popover-open .mud-list-item")));
        return items;
    }

    private void Choose(IRenderedComponent<ParcelFilters> cut, string testId, string item)
    {
        Input(cut, testId).Closest(".mud-input-control")!.MouseDown();
        Popovers.WaitForElements(".mud-popover-open .mud-list-item");
        Popovers.FindAll(".mud-popover-open .mud-list-item").Single(e => e.TextContent.Trim() == item).Click();
    }
}
