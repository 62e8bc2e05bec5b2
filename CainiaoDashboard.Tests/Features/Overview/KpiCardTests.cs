using Bunit;
using Bunit.Rendering;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Live;
using Microsoft.Extensions.DependencyInjection;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class KpiCardTests : MudTestContext
{
    public KpiCardTests() => Services.AddSingleton<SharedMarkup>();

    private const string Formula = "Parcels whose first delivery attempt was on or before the original promised time ÷ parcels with a first attempt today. A failed attempt counts as an attempt.";

    [Theory]
    [InlineData(12345.0, KpiUnit.Count, "12,345", "12345")]
    [InlineData(0.9234, KpiUnit.Rate, "92.3%", "0.9234")]
    [InlineData(4.56, KpiUnit.Per10k, "4.6", "4.56")]
    [InlineData(null, KpiUnit.Rate, "—", "")]
    public async Task The_value_reads_in_its_unit_and_data_value_keeps_it_exact(double? value, KpiUnit unit, string shown, string dataValue)
    {
        var cut = await RenderCardAsync(Figure(value, null, unit: unit));

        Assert.Equal(shown, cut.Find(".kpi-value").TextContent);
        Assert.Equal(dataValue, cut.Find("[data-kpi=on_time_rate_today]").GetAttribute("data-value"));
    }

    [Theory]
    [InlineData(0.95, 0.90, true, "kpi-change-good", "better", "+5.0 pts vs same time yesterday")]
    [InlineData(0.85, 0.90, true, "kpi-change-bad", "worse", "−5.0 pts vs same time yesterday")]
    [InlineData(0.95, 0.90, false, "kpi-change-bad", "worse", "+5.0 pts vs same time yesterday")]
    [InlineData(0.85, 0.90, false, "kpi-change-good", "better", "−5.0 pts vs same time yesterday")]
    public async Task A_change_says_in_words_whether_it_is_good_news_not_only_in_colour(
        double value, double previous, bool higherIsBetter, string cssClass, string verdict, string text)
    {
        var cut = await RenderCardAsync(Figure(value, previous, higherIsBetter));

        var change = cut.Find(".kpi-change");
        Assert.Contains(cssClass, change.ClassList);
        Assert.StartsWith(text, change.TextContent.Trim());
        Assert.Equal($"· {verdict}", cut.Find(".kpi-verdict").TextContent.Trim());
        Assert.NotNull(change.QuerySelector("svg.kpi-change-icon"));
    }

    [Fact]
    public async Task Without_yesterday_s_figure_there_is_no_verdict()
    {
        var cut = await RenderCardAsync(Figure(0.9, null));

        var change = cut.Find(".kpi-change");
        Assert.Contains("kpi-change-flat", change.ClassList);
        Assert.Equal("No comparison yet", change.TextContent.Trim());
        Assert.Empty(cut.FindAll(".kpi-verdict"));
    }

    [Fact]
    public async Task The_formula_tooltip_sits_in_the_card_and_screen_readers_get_it_from_the_hidden_copy()
    {
        var cut = await RenderCardAsync(Figure(0.9, 0.8));
        Assert.Equal($"Formula: {Formula}", cut.Find(".visually-hidden").TextContent);

        // app.css shows the tooltip while the root is hovered or the card focused; the end-to-end test checks that.
        var tooltip = cut.Find(".kpi-card > .kpi-formula.mud-tooltip");
        Assert.Equal(Formula, tooltip.TextContent.Trim());
        Assert.Equal("true", tooltip.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task In_chinese_the_card_reads_its_title_formula_and_change_in_chinese_with_the_same_figures()
    {
        using var culture = CultureScope.Chinese();
        var cut = await RenderCardAsync(Figure(0.9234, 0.9));

        Assert.Equal("今日准时投递率", cut.Find(".kpi-title").TextContent.Trim());
        Assert.Equal("92.3%", cut.Find(".kpi-value").TextContent);
        Assert.StartsWith("较昨日同期 +2.3 个百分点", cut.Find(".kpi-change").TextContent.Trim());
        Assert.Equal("· 改善", cut.Find(".kpi-verdict").TextContent.Trim());
        Assert.StartsWith("计算公式：首次投递不晚于原承诺时间的包裹", cut.Find(".visually-hidden").TextContent);
        Assert.Equal("今日准时投递率，过去 24 小时", cut.Find("svg.sparkline").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task The_sparkline_draws_the_last_24_hours_and_names_them()
    {
        var cut = await RenderCardAsync(Figure(0.9, 0.8));

        var sparkline = cut.Find(".kpi-card svg.sparkline[role=img]");
        Assert.Equal("On-time delivery rate today, last 24 hours", sparkline.GetAttribute("aria-label"));
        Assert.Equal(Sparkline.Points([0.8, 0.85, 0.9]), sparkline.QuerySelector("polyline")!.GetAttribute("points"));
    }

    [Fact]
    public async Task With_a_drill_down_the_card_links_to_the_parcel_list()
    {
        var cut = await RenderCardAsync(Figure(0.9, 0.8), "/parcels?view=attempted-today");

        Assert.Equal("/parcels?view=attempted-today", cut.Find("a.kpi-card").GetAttribute("href"));
    }

    [Fact]
    public async Task Without_a_drill_down_the_card_is_no_link_but_still_reachable_by_keyboard_for_its_formula()
    {
        var cut = await RenderCardAsync(Figure(0.9, 0.8), href: null);

        Assert.Empty(cut.FindAll("a"));
        Assert.Equal("0", cut.Find("div.kpi-card[data-kpi=on_time_rate_today]").GetAttribute("tabindex"));
    }

    [Fact]
    public async Task Figures_of_one_kpi_share_the_heading_and_formula_and_only_the_figures_are_rendered_again()
    {
        var markup = Services.GetRequiredService<SharedMarkup>();

        var first = await KpiCard.ContentAsync(markup, Figure(0.9, 0.8));
        var second = await KpiCard.ContentAsync(markup, Figure(0.91, 0.8));

        Assert.Same(first.Heading.Value, second.Heading.Value);
        Assert.Same(first.Formula.Value, second.Formula.Value);
        Assert.NotEqual(first.Figures.Value, second.Figures.Value);
        Assert.Equal(4, markup.Renders);
    }

    private async Task<IRenderedComponent<ContainerFragment>> RenderCardAsync(KpiFigure figure, string? href = "/parcels?view=x") =>
        Render(KpiCard.For(figure, href, await KpiCard.ContentAsync(Services.GetRequiredService<SharedMarkup>(), figure)));

    private static KpiFigure Figure(double? value, double? previous, bool higherIsBetter = true, KpiUnit unit = KpiUnit.Rate) =>
        new(OverviewCalculator.Names.OnTimeRateToday, value, previous, unit, higherIsBetter, [0.8, 0.85, 0.9], ParcelListFilter.Of(ParcelView.AttemptedToday));
}
