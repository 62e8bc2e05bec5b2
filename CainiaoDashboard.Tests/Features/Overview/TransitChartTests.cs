using System.Text.Json;
using Bunit;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared.Charts;
using CainiaoDashboard.Tests.Harness;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class TransitChartTests : MudTestContext
{
    private static readonly IReadOnlyList<TransitByCarrier> Transit =
    [
        new(1, "ZTO", "ZTO Express", 0, null, null),
        new(2, "STO", "STO Express", 120, TimeSpan.FromHours(17.84), TimeSpan.FromHours(20.5)),
        new(3, "YTO", "YTO Express", 80, TimeSpan.FromHours(16), TimeSpan.FromHours(21)),
    ];

    private readonly JSRuntimeInvocationHandler create;

    public TransitChartTests() => create = JSInterop.SetupModule("./Shared/Charts/ApexChart.razor.js").SetupVoid("create", _ => true);

    [Fact]
    public async Task Clicking_a_carrier_s_bars_chooses_that_carrier()
    {
        string? chosen = null;
        var cut = RenderChart(ChartPalette.Light, code => chosen = code);

        await cut.InvokeAsync(() => cut.FindComponent<ApexChart>().Instance.OnDataPointSelected(1, 0));

        Assert.Equal("STO", chosen);
    }

    [Fact]
    public void P50_and_P90_in_hours_for_carriers_with_deliveries_in_palette_colours()
    {
        RenderChart(ChartPalette.Dark, _ => { });

        var invocation = Assert.Single(create.Invocations);
        var options = JsonDocument.Parse((string)invocation.Arguments[1]!).RootElement;
        var series = JsonDocument.Parse((string)invocation.Arguments[2]!).RootElement;
        Assert.Equal(["STO", "YTO"], options.GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["P50", "P90"], series.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal([17.8, 16.0], series[0].GetProperty("data").EnumerateArray().Select(p => p.GetProperty("y").GetDouble()));
        Assert.All(options.GetProperty("colors").EnumerateArray(), c => Assert.Contains(c.GetString(), ChartPalette.Dark.Series));
    }

    private IRenderedComponent<CascadingValue<ChartPalette>> RenderChart(ChartPalette palette, Action<string> onChoose) =>
        Render<CascadingValue<ChartPalette>>(p => p
            .Add(c => c.Value, palette)
            .AddChildContent(TransitChart.For(Transit, palette, new EventReceiver(), onChoose)));
}
