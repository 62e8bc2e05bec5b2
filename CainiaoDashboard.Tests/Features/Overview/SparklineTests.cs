using CainiaoDashboard.Features.Overview;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class SparklineTests
{
    [Fact]
    public void The_line_spans_the_width_and_the_lowest_and_highest_values_sit_two_units_inside_the_height()
    {
        Assert.Equal("0.0,30.0 60.0,2.0 120.0,16.0", Sparkline.Points([10, 30, 20]));
    }

    [Fact]
    public void Unknown_hours_keep_their_place_on_the_time_axis()
    {
        Assert.Equal("0.0,30.0 120.0,2.0", Sparkline.Points([1, null, 3]));
    }

    [Fact]
    public void A_flat_series_runs_through_the_middle()
    {
        Assert.Equal("0.0,16.0 120.0,16.0", Sparkline.Points([5, 5]));
    }

    [Fact]
    public void Fewer_than_two_known_values_draw_no_line()
    {
        Assert.Null(Sparkline.Points([null, 4, null]));
        Assert.Null(Sparkline.Points([]));
    }
}
