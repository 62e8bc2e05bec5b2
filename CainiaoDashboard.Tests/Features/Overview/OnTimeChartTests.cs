using System.Text.Json;
using Bunit;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared.Charts;
using CainiaoDashboard.Tests.Harness;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class OnTimeChartTests : MudTestContext
{
    private static readonly IReadOnlyList<RateByKey> Carriers =
    [
        new(1, "ZTO", "ZTO Express", 90, 100),
        new(2, "STO", "STO Express", 0, 0),
        new(3, "YTO", "YTO Express", 45, 50),
    ];

    private static readonly IReadOnlyList<RateByKey> ServiceLevels =
    [
        new(1, "SAME_DAY", "Same-day", 8, 10),
        new(2, "NEXT_DAY", "Next-day", 30, 40),
    ];

    private readonly JSRuntimeInvocationHandler create;

    public OnTimeChartTests() => create = JSInterop.SetupModule("./Shared/Charts/ApexChart.razor.js").SetupVoid("create", _ => true);

    [Fact]
    public async Task Clicking_a_bar_chooses_its_carrier_skipping_carriers_without_attempts()
    {
        string? chosen = null;
        var cut = RenderChart(ChartPalette.Light, Carriers, byName: false, code => chosen = code);

        await cut.InvokeAsync(() => cut.FindComponent<ApexChart>().Instance.OnDataPointSelected(0, 1));

        Assert.Equal("YTO", chosen);
        var (options, series) = Drawn();
        Assert.Equal(["ZTO", "YTO"], options.GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([90.0, 90.0], series[0].GetProperty("data").EnumerateArray().Select(p => p.GetProperty("y").GetDouble()));
    }

    [Fact]
    public void Services_are_named_on_the_axis_and_bars_take_the_dark_palette_in_dark_mode()
    {
        RenderChart(ChartPalette.Dark, ServiceLevels, byName: true, _ => { });

        var (options, _) = Drawn();
        Assert.Equal(["Same-day", "Next-day"], options.GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(ChartPalette.Dark.SeriesColour(0), options.GetProperty("colors")[0].GetString());
    }

    private IRenderedComponent<CascadingValue<ChartPalette>> RenderChart(
        ChartPalette palette, IReadOnlyList<RateByKey> rates, bool byName, Action<string> onChoose) =>
        Render<CascadingValue<ChartPalette>>(p => p
            .Add(c => c.Value, palette)
            .AddChildContent(OnTimeChart.For("on-time-carrier", "On-time rate by carrier", rates, byName, palette, new EventReceiver(), onChoose)));

    private (JsonElement Options, JsonElement Series) Drawn()
    {
        var invocation = Assert.Single(create.Invocations);
        return (JsonDocument.Parse((string)invocation.Arguments[1]!).RootElement, JsonDocument.Parse((string)invocation.Arguments[2]!).RootElement);
    }
}
