using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;
using CainiaoDashboard.Shared.Charts;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class VolumeChartsTests
{
    private static readonly int Monday = OperationsCalendar.DayOf(new DateOnly(2026, 11, 2));

    private static readonly VolumeFigures Figures = VolumeCalculator.Compute(
        new VolumeReadout(new DayRange(Monday, Monday + 6, "custom"), StackBy.Carrier, new DateTime(2026, 11, 20, 4, 0, 0, DateTimeKind.Utc),
            [new(Monday, 1, 10, 8, 6, 1), new(Monday + 2, 2, 30, 4, 4, 0)], PriorCreated: 20, ElapsedDays: 7, PriorDays: 7),
        Granularity.Day);

    [Fact]
    public void Stacked_bars_take_the_theme_series_colours_and_the_peak_label_reads_in_the_dark_theme()
    {
        var options = VolumeCharts.Volume(Figures, ChartPalette.Dark);
        var themed = ChartTheming.Apply(options, ChartPalette.Dark, "volume");

        Assert.Null(options.Colors);
        Assert.Equal(ChartPalette.Dark.Series, themed.Colors);
        var peak = Assert.Single(options.Annotations!.Xaxis!);
        Assert.Equal(Figures.Buckets[2].Label, peak.X);
        Assert.Equal(ChartPalette.Dark.Bad, peak.BorderColor);
        Assert.Equal(ChartPalette.Dark.TextColor, peak.Label!.Style!.Color);
        Assert.Equal(DashboardTheme.Theme.PaletteDark.Surface.ToString(), peak.Label.Style.Background);
    }

    [Theory]
    [InlineData("en-GB", "4 Nov", "Peak day Wed 4 Nov 2026", "parcels created", "No parcels in this range", "Courier", "On time %", "Own fault only %")]
    [InlineData("zh-CN", "11月4日", "峰值日 2026年11月4日 周三", "创建包裹数", "此区间内没有包裹", "快递公司", "准时率 %", "仅计自身原因 %")]
    public void Axes_markers_messages_and_series_are_in_the_readers_language(
        string language, string day, string peak, string yTitle, string noData, string courier, string onTime, string ownFault)
    {
        using var culture = CultureScope.Of(language);
        var figures = VolumeCalculator.Compute(
            new VolumeReadout(new DayRange(Monday, Monday + 6, "custom"), StackBy.Carrier, new DateTime(2026, 11, 20, 4, 0, 0, DateTimeKind.Utc),
                [new(Monday, Zto, 10, 8, 6, 1, new PartyCounts(0, 2, 0, 0, 0, 0)), new(Monday + 2, Sto, 30, 4, 4, 0)], PriorCreated: 20, ElapsedDays: 7, PriorDays: 7)
            {
                Carriers = [new CarrierOnTime(Zto, 8, 6, 2)],
            },
            Granularity.Day);

        var volume = VolumeCharts.Volume(figures, ChartPalette.Light);
        Assert.Equal(day, volume.Xaxis!.Categories![2]);
        var marker = Assert.Single(volume.Annotations!.Xaxis!);
        Assert.Equal((day, peak), (marker.X, marker.Label!.Text));
        Assert.Equal(yTitle, volume.Yaxis!.Title!.Text);
        Assert.Equal(noData, volume.NoData!.Text);
        Assert.Equal([courier], VolumeCharts.LateByPartySeries(figures).Select(s => s.Name));
        Assert.Equal([onTime, ownFault], VolumeCharts.CarrierOnTimeSeries(figures).Select(s => s.Name));
    }

    [Fact]
    public void A_trend_line_draws_in_the_colour_it_is_given_on_a_percentage_axis()
    {
        var options = VolumeCharts.Trend(Figures, "% on time", ChartPalette.Light.Good, 100, "on-time", "No first attempts");
        var series = Assert.Single(VolumeCharts.TrendSeries(Figures, "On time %", Figures.OnTimeRates, 100));

        Assert.Equal([ChartPalette.Light.Good], options.Colors);
        Assert.Equal(100, options.Yaxis!.Max);
        Assert.Equal(75, series.Data[0].Y);
        Assert.Null(series.Data[1].Y);
    }
}
