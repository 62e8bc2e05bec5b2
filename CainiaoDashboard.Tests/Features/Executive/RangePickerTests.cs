using System.Globalization;
using Bunit.TestDoubles;
using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;
using CainiaoDashboard.Shared;
using MudBlazor.Extensions;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class RangePickerTests : MudTestContext
{
    private static readonly int Today = OperationsCalendar.DayOf(new DateOnly(2026, 11, 20));

    [Fact]
    public void Presets_are_links_that_keep_the_other_choices_and_replace_a_custom_range()
    {
        using var culture = new DashboardCultureScope();
        var cut = RenderAt("volume?from=2026-11-03&to=2026-11-05&by=week", new DayRange(Today - 17, Today - 15, "custom"));

        foreach (var key in new[] { "7d", "30d", "90d", "ytd" })
        {
            var preset = cut.Find($"a[data-testid=range-{key}]");
            Assert.Equal($"http://localhost/volume?by=week&range={key}", preset.GetAttribute("href"));
            Assert.Null(preset.GetAttribute("aria-current"));
        }

        Assert.Equal("2026-11-03", StartInput(cut).GetAttribute("value"));
        Assert.Equal("2026-11-05", EndInput(cut).GetAttribute("value"));
    }

    [Fact]
    public void The_range_in_the_address_is_the_current_preset()
    {
        using var culture = new DashboardCultureScope();
        var cut = RenderAt("flows?range=7d", DayRange.ForPreset("7d", Today));

        Assert.Equal("true", cut.Find("a[data-testid=range-7d]").GetAttribute("aria-current"));
        Assert.Single(cut.FindAll("a[aria-current]"));
        Assert.Equal("2026-11-14", StartInput(cut).GetAttribute("value"));
        Assert.Equal("2026-11-20", EndInput(cut).GetAttribute("value"));
    }

    [Fact]
    public void Typed_dates_in_the_culture_format_navigate_to_from_and_to_without_a_preset()
    {
        using var culture = new DashboardCultureScope();
        var cut = RenderAt("volume?range=7d&stack=channel", DayRange.ForPreset("7d", Today));

        StartInput(cut).Change("2026-11-02");
        Assert.Equal("http://localhost/volume?stack=channel&from=2026-11-02&to=2026-11-20", Navigation.Uri);

        EndInput(cut).Change("2026-11-04");
        Assert.Equal("http://localhost/volume?stack=channel&from=2026-11-02&to=2026-11-04", Navigation.Uri);
    }

    [Fact]
    public void Once_a_link_has_led_to_another_page_a_change_of_the_dates_stays_off_that_page()
    {
        // The page is an interactive island: the circuit hears of the next page's address before the island is gone.
        using var culture = new DashboardCultureScope();
        var cut = RenderAt("flows?range=7d", DayRange.ForPreset("7d", Today));
        Navigation.NavigateTo("parcels?lane=CN-EAST:US&origin-hub=YIW");
        cut.Render(p => p.Add(r => r.Range, DayRange.ForPreset("30d", Today)));

        StartInput(cut).Change("2026-11-02");

        Assert.Equal("http://localhost/parcels?lane=CN-EAST:US&origin-hub=YIW", Navigation.Uri);
    }

    [Fact]
    public void A_start_after_the_end_waits_for_the_other_date_and_a_live_refresh_keeps_it()
    {
        using var culture = new DashboardCultureScope();
        var cut = RenderAt("volume?range=7d", DayRange.ForPreset("7d", Today));

        EndInput(cut).Change("2026-11-10");
        Assert.Equal("http://localhost/volume?range=7d", Navigation.Uri);

        // A refresh of the page's figures passes an equal range again; the typed end date must stay.
        cut.Render(p => p.Add(r => r.Range, DayRange.ForPreset("7d", Today)));
        Assert.Equal("2026-11-10", EndInput(cut).GetAttribute("value"));

        StartInput(cut).Change("2026-11-08");
        Assert.Equal("http://localhost/volume?from=2026-11-08&to=2026-11-10", Navigation.Uri);
    }

    [Fact]
    public void Two_days_picked_in_the_Monday_first_calendar_navigate_to_that_range()
    {
        using var culture = new DashboardCultureScope();
        RenderProviders();
        var cut = RenderAt("flows?range=7d", DayRange.ForPreset("7d", Today));

        cut.Find("button[aria-label=Open]").Click();
        var calendar = Popovers.WaitForElement(".mud-popover-open .mud-picker-calendar-container");
        Assert.Equal("Mon", calendar.QuerySelector(".mud-day-label")!.TextContent);
        Assert.Contains("November 2026", calendar.TextContent);

        Day(calendar, "3").Click();
        Day(Popovers.Find(".mud-popover-open .mud-picker-calendar-container"), "5").Click();

        cut.WaitForAssertion(() => Assert.Equal("http://localhost/flows?from=2026-11-03&to=2026-11-05", Navigation.Uri));
    }

    [Fact]
    public void Days_after_today_cannot_be_picked()
    {
        using var culture = new DashboardCultureScope();
        RenderProviders();
        var cut = RenderAt("flows?range=7d", DayRange.ForPreset("7d", Today));

        cut.Find("button[aria-label=Open]").Click();
        var calendar = Popovers.WaitForElement(".mud-popover-open .mud-picker-calendar-container");

        Assert.False(Day(calendar, "20").HasAttribute("disabled"));
        Assert.True(Day(calendar, "21").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("en-GB", "Range", "7 days", "Custom range", "Mon", "November 2026")]
    [InlineData("zh-CN", "区间", "近7天", "自定义区间", "周一", "2026年11月")]
    public void Presets_and_labels_speak_the_readers_language_and_the_calendar_its_culture(
        string language, string label, string preset, string custom, string monday, string month)
    {
        using var culture = CultureScope.Of(language);
        RenderProviders();
        var cut = RenderAt("flows?range=7d", DayRange.ForPreset("7d", Today));

        Assert.Equal(label, cut.Find("#range-presets-label").TextContent);
        Assert.Equal(preset, cut.Find("a[data-testid=range-7d]").TextContent.Trim());
        Assert.Equal(custom, cut.Find(".custom-range label").TextContent.Trim());
        Assert.Equal(language, cut.FindComponent<MudBlazor.MudDateRangePicker>().Instance.GetState(x => x.Culture).Name);
        // Typed and shown as ISO dates in both languages.
        Assert.Equal("2026-11-14", StartInput(cut).GetAttribute("value"));

        // MudBlazor's own words in the language too (Shared/MudTexts).
        cut.Find(language == "zh-CN" ? "button[aria-label=打开]" : "button[aria-label=Open]").Click();
        var calendar = Popovers.WaitForElement(".mud-popover-open .mud-picker-calendar-container");
        Assert.Equal(monday, calendar.QuerySelector(".mud-day-label")!.TextContent);
        Assert.Contains(month, calendar.TextContent);
    }

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    private IRenderedComponent<RangePicker> RenderAt(string address, DayRange range)
    {
        Navigation.NavigateTo(address);
        return Render<RangePicker>(p => p.Add(r => r.Range, range).Add(r => r.Today, Today));
    }

    private static AngleSharp.Dom.IElement StartInput(IRenderedComponent<RangePicker> cut) => cut.Find("input[aria-label='Start date'], input[aria-label='开始日期']");

    private static AngleSharp.Dom.IElement EndInput(IRenderedComponent<RangePicker> cut) => cut.Find("input[aria-label='End date'], input[aria-label='结束日期']");

    /// <summary>A day of the month shown first (the calendar also shows the next month and greyed neighbours).</summary>
    private static AngleSharp.Dom.IElement Day(AngleSharp.Dom.IElement calendar, string day) =>
        calendar.QuerySelectorAll("button.mud-picker-calendar-day:not(.mud-hidden)").First(b => b.TextContent.Trim() == day);

    /// <summary>The culture the app runs its circuits in (ISO dates, Monday first), restored afterwards.</summary>
    private sealed class DashboardCultureScope : IDisposable
    {
        private readonly CultureInfo culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

        public DashboardCultureScope()
        {
            CultureInfo.CurrentCulture = DashboardCulture.Default;
            CultureInfo.CurrentUICulture = DashboardCulture.Default;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
