using CainiaoDashboard.Shared.Charts;

namespace CainiaoDashboard.Tests.Shared.Charts;

public class ChartJsonTests
{
    [Fact]
    public void Options_are_camel_case_and_unset_properties_are_left_out()
    {
        var options = new ChartOptions
        {
            Chart = new ChartSettings { Type = "bar", Stacked = true },
            Xaxis = new XAxis { Categories = ["ZTO", "STO"] },
        };

        var json = ChartJson.Serialize(options);

        Assert.Equal("""{"chart":{"type":"bar","stacked":true},"xaxis":{"categories":["ZTO","STO"]}}""", json);
    }

    [Fact]
    public void Series_points_serialise_as_x_y_pairs()
    {
        IReadOnlyList<ChartSeries> series = [new ChartSeries("Parcels", [new ChartPoint("ZTO", 12), new ChartPoint(1700000000000L, null)])];

        var json = ChartJson.Serialize(series);

        Assert.Equal("""[{"name":"Parcels","data":[{"x":"ZTO","y":12},{"x":1700000000000,"y":null}]}]""", json);
    }
}
