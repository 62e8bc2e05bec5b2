using CainiaoDashboard.Components.Charts;
using CainiaoDashboard.Tests.Infrastructure;

namespace CainiaoDashboard.Tests.Components.Charts;

public class ApexChartTests
{
    [Fact]
    public async Task Prerender_emits_an_accessible_host_element_without_calling_the_browser()
    {
        var html = await StaticComponentRenderer.RenderAsync<ApexChart>(new Dictionary<string, object?>
        {
            [nameof(ApexChart.ChartId)] = "volume",
            [nameof(ApexChart.Options)] = new ChartOptions(),
            [nameof(ApexChart.Series)] = Array.Empty<ChartSeries>(),
            [nameof(ApexChart.AriaLabel)] = "Parcels per day",
        });

        Assert.Contains("data-chart-id=\"volume\"", html);
        Assert.Contains("role=\"img\"", html);
        Assert.Contains("aria-label=\"Parcels per day\"", html);
    }
}
