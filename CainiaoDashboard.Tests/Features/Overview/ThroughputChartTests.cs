using System.Text.Json;
using Bunit;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared.Charts;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class ThroughputChartTests : MudTestContext
{
    private static readonly DateTime Start = new(2026, 11, 18, 0, 0, 0, DateTimeKind.Utc);

    private readonly JSRuntimeInvocationHandler create;

    public ThroughputChartTests() => create = JSInterop.SetupModule("./Shared/Charts/ApexChart.razor.js").SetupVoid("create", _ => true);

    [Fact]
    public void Hours_read_in_the_chosen_zone_and_the_subtitle_names_it()
    {
        IReadOnlyList<HourlyThroughput> hours = [new(0, Start, 1200, 300, 400), new(1, Start.AddHours(1), 1500, 350, 420)];

        var cut = Render<CascadingValue<ChartPalette>>(p => p
            .Add(c => c.Value, ChartPalette.Dark)
            .AddChildContent(ThroughputChart.For(hours, DisplayTimeZones.ChinaStandardTime, Start.AddHours(1.5), ChartPalette.Dark)));

        Assert.Contains("events and deliveries per hour, CST · redrawn every 2 min", cut.Find(".widget-title").TextContent);
        var invocation = Assert.Single(create.Invocations);
        var options = JsonDocument.Parse((string)invocation.Arguments[1]!).RootElement;
        var series = JsonDocument.Parse((string)invocation.Arguments[2]!).RootElement;
        Assert.Equal(["08:00", "09:00"], series[0].GetProperty("data").EnumerateArray().Select(p => p.GetProperty("x").GetString()));
        Assert.Equal([300.0, 350.0], series[1].GetProperty("data").EnumerateArray().Select(p => p.GetProperty("y").GetDouble()));
        Assert.Equal([ChartPalette.Dark.SeriesColour(0), ChartPalette.Dark.Good], options.GetProperty("colors").EnumerateArray().Select(c => c.GetString()));
    }
}
