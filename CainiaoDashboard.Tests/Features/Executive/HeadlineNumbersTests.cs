using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class HeadlineNumbersTests : MudTestContext
{
    // Monday 2 to Sunday 8 November 2026, over by the 20th: 70,000 parcels against 56,000 the week before.
    private static readonly int Monday = OperationsCalendar.DayOf(new DateOnly(2026, 11, 2));
    private static readonly DateTime Later = new(2026, 11, 20, 4, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("en-GB", "Parcels in range", "2 Nov 2026 – 8 Nov 2026", "over 6.5 days", "3.65 m", "Annualised run rate",
        "+25.0% against 56,000 (26 Oct 2026 – 1 Nov 2026)")]
    [InlineData("zh-CN", "区间包裹数", "2026年11月2日至2026年11月8日", "共6.5天", "365万", "年化运行量",
        "+25.0% 上期 56,000（2026年10月26日至2026年11月1日）")]
    public void The_figures_their_names_and_what_they_are_measured_against_read_in_the_readers_language(
        string language, string totalTitle, string range, string elapsed, string runRate, string runRateTitle, string growth)
    {
        using var culture = CultureScope.Of(language);
        RenderProviders();
        var days = new DayRange(Monday, Monday + 6, "custom");
        var figures = VolumeCalculator.Compute(
            new VolumeReadout(days, StackBy.Carrier, Later, [new(Monday, Zto, 65_000, 0, 0, 0)], PriorCreated: 56_000, ElapsedDays: 6.5, PriorDays: 6.5),
            Granularity.Day);
        figures = figures with { Headline = VolumeHeadline.Compute(70_000, 56_000, 7) };

        var cut = Render<HeadlineNumbers>(p => p.Add(h => h.Figures, figures).Add(h => h.ElapsedDays, 6.5));

        Assert.Equal(totalTitle, Text(cut, "total", ".headline-title"));
        Assert.Equal("70,000", Text(cut, "total", ".headline-value"));
        Assert.Equal(range, Text(cut, "total", ".headline-detail"));
        Assert.Equal(elapsed, Text(cut, "daily-average", ".headline-detail"));
        Assert.Equal(runRateTitle, Text(cut, "run-rate", ".headline-title"));
        Assert.Equal(runRate, Text(cut, "run-rate", ".headline-value"));
        Assert.Equal(growth, Text(cut, "growth", ".headline-detail"));
        // What scripts and tests read stays invariant in every language.
        Assert.Equal("3650000", cut.Find("[data-kpi=run-rate]").GetAttribute("data-value"));
    }

    [Theory]
    [InlineData("en-GB", "1.46 bn")]
    [InlineData("zh-CN", "14.6亿")]
    public void A_run_rate_in_the_thousand_millions_is_shortened_in_the_units_of_the_readers_language(string language, string runRate)
    {
        using var culture = CultureScope.Of(language);
        RenderProviders();
        var days = new DayRange(Monday, Monday + 6, "custom");
        var figures = VolumeCalculator.Compute(new VolumeReadout(days, StackBy.Carrier, Later, [], 0, 7, 7), Granularity.Day)
            with { Headline = VolumeHeadline.Compute(28_000_000, 0, 7) };

        var cut = Render<HeadlineNumbers>(p => p.Add(h => h.Figures, figures).Add(h => h.ElapsedDays, 7));

        Assert.Equal(runRate, Text(cut, "run-rate", ".headline-value"));
    }

    private static string Text(IRenderedComponent<HeadlineNumbers> cut, string kpi, string part) =>
        string.Join(' ', cut.Find($"[data-kpi={kpi}] {part}").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
