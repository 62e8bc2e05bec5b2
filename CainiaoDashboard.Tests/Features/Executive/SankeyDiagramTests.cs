using Bunit;
using CainiaoDashboard.Features.Executive;
using CainiaoDashboard.Shared.Charts;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class SankeyDiagramTests : MudTestContext
{
    private static readonly SankeyLayout Layout = SankeyLayout.Compute(SampleFlows.Figures);

    [Fact]
    public void Focusing_a_link_reports_it_and_leaving_it_reports_nothing()
    {
        var reported = new List<FlowLink?>();
        var cut = Render<SankeyDiagram>(p => p
            .Add(s => s.Layout, Layout)
            .Add(s => s.Title, "Flows")
            .Add(s => s.OnHover, (FlowLink? link) => reported.Add(link)));

        var domestic = cut.Find("a.sankey-link[data-stage=domestic]");
        domestic.Focus();
        domestic.Blur();
        cut.Find("a.sankey-link[data-stage=handover]").MouseOver();

        Assert.Equal([SampleFlows.Domestic, null, SampleFlows.Handover], reported);
    }

    [Fact]
    public void Links_open_their_parcels_and_every_stage_adds_up_to_the_total()
    {
        var cut = Render<SankeyDiagram>(p => p.Add(s => s.Layout, Layout).Add(s => s.Title, "Flows"));

        Assert.Equal("200", cut.Find("svg").GetAttribute("data-total"));
        Assert.Equal("group", cut.Find("svg").GetAttribute("role"));
        Assert.Equal(SampleFlows.Domestic.Href, cut.Find("a.sankey-link[data-stage=domestic]").GetAttribute("href"));
        Assert.Contains("120 parcels, on time 70.0%, median transit 30 h", cut.Find("a.sankey-link[data-stage=domestic]").GetAttribute("aria-label"));
        // A node's name starts with the text drawn beside it, so it can be named by what it shows.
        Assert.Equal("East China 200 parcels, East China (origin)", cut.Find("a.sankey-node[data-node='r:CN-EAST']").GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("en-GB", "Hangzhou hub → South China: 120 parcels, on time 70.0%, median transit 30 h",
        "Hangzhou hub → USPS: 80 parcels, on time — (no attempts yet), median transit — (none delivered yet)", "East China (origin): 200 parcels")]
    [InlineData("zh-CN", "Hangzhou hub → South China：120件包裹，准时率 70.0%，中位时效 30 小时",
        "Hangzhou hub → USPS：80件包裹，准时率 —（尚无投递），中位时效 —（尚无签收）", "East China (origin)：200件包裹")]
    public void What_links_and_nodes_say_to_screen_readers_and_on_hover_is_in_the_readers_language(
        string language, string domestic, string handover, string node)
    {
        using var culture = CultureScope.Of(language);
        var cut = Render<SankeyDiagram>(p => p.Add(s => s.Layout, Layout).Add(s => s.Title, "Flows"));

        Assert.Equal(domestic, cut.Find("a.sankey-link[data-stage=domestic]").GetAttribute("aria-label"));
        Assert.Equal(handover, cut.Find("a.sankey-link[data-stage=handover] title").TextContent);
        Assert.Equal(node, cut.Find("a.sankey-node[data-node='r:CN-EAST'] rect title").TextContent);
    }

    [Fact]
    public void Without_parcel_links_the_links_are_still_reachable_with_the_keyboard()
    {
        var cut = Render<SankeyDiagram>(p => p.Add(s => s.Layout, Layout).Add(s => s.Title, "Flows").Add(s => s.LinkToParcels, false));

        Assert.All(cut.FindAll("a.sankey-link"), a =>
        {
            Assert.False(a.HasAttribute("href"));
            Assert.Equal("0", a.GetAttribute("tabindex"));
            Assert.Equal("img", a.GetAttribute("role"));
        });
        Assert.All(cut.FindAll("a.sankey-node"), a => Assert.False(a.HasAttribute("href")));
    }

    [Fact]
    public void In_the_dark_theme_links_and_nodes_take_the_lighter_colours_and_the_download_keeps_the_light_ones()
    {
        var dark = Render<CascadingValue<ChartPalette>>(p => p
            .Add(c => c.Value, ChartPalette.Dark)
            .AddChildContent<SankeyDiagram>(s => s.Add(d => d.Layout, Layout).Add(d => d.Title, "Flows")));
        var standalone = Render<CascadingValue<ChartPalette>>(p => p
            .Add(c => c.Value, ChartPalette.Dark)
            .AddChildContent<SankeyDiagram>(s => s.Add(d => d.Layout, Layout).Add(d => d.Title, "Flows").Add(d => d.Standalone, true)));

        var rate = SampleFlows.Domestic.OnTimeRate;
        Assert.Equal(SankeyColours.Dark.OnTime(rate), dark.Find("a.sankey-link[data-stage=domestic] path").GetAttribute("fill"));
        Assert.Equal(SankeyColours.Dark.OnTime(null), dark.Find("a.sankey-link[data-stage=handover] path").GetAttribute("fill"));
        Assert.Equal(SankeyColours.Dark.Node(FlowColumn.Hub), dark.Find("a.sankey-node[data-node='h:HGH'] rect").GetAttribute("fill"));
        Assert.Equal(SankeyColours.Light.OnTime(rate), standalone.Find("a.sankey-link[data-stage=domestic] path").GetAttribute("fill"));
        Assert.NotEqual(SankeyColours.Light.OnTime(rate), SankeyColours.Dark.OnTime(rate));
    }
}
