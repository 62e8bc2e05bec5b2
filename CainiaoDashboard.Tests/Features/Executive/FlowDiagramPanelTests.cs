using Bunit;
using CainiaoDashboard.Features.Executive;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class FlowDiagramPanelTests : MudTestContext
{
    [Fact]
    public void Pointing_at_a_link_spells_out_its_parcels_on_time_rate_and_transit()
    {
        var cut = RenderPanel(linkToParcels: true);
        Assert.Contains("click it to open those parcels", cut.Find("[data-testid=sankey-hover]").TextContent);

        cut.Find("a.sankey-link[data-stage=domestic]").MouseOver();

        var hover = Normalise(cut.Find("[data-testid=sankey-hover]").TextContent);
        Assert.Equal("Hangzhou hub → South China 120 parcels on time 70.0% median transit 30 h click to open these parcels", hover);

        cut.Find("a.sankey-link[data-stage=domestic]").MouseOut();
        Assert.Contains("Hover over or tab to a link", cut.Find("[data-testid=sankey-hover]").TextContent);
    }

    [Fact]
    public void Without_parcel_links_nothing_promises_a_click()
    {
        var cut = RenderPanel(linkToParcels: false);
        Assert.DoesNotContain("click", cut.Find("[data-testid=sankey-hover]").TextContent);

        cut.Find("a.sankey-link[data-stage=handover]").Focus();

        var hover = Normalise(cut.Find("[data-testid=sankey-hover]").TextContent);
        Assert.Equal("Hangzhou hub → USPS 80 parcels on time — (no attempts yet) median transit — (none delivered yet)", hover);
    }

    [Theory]
    [InlineData("en-GB", "Origin region → origin hub → destination", "200 parcels; width = parcels, colour = on-time rate",
        "Hangzhou hub → South China 120 parcels on time 70.0% median transit 30 h click to open these parcels", "On-time rate:", "Download SVG")]
    [InlineData("zh-CN", "始发区域 → 始发分拨中心 → 目的地", "200件包裹；宽度 = 包裹数，颜色 = 准时率",
        "Hangzhou hub → South China 120件包裹 准时率 70.0% 中位时效 30 小时 点击查看这些包裹", "准时率：", "下载 SVG")]
    public void Title_hover_line_legend_and_downloads_speak_the_readers_language(
        string language, string title, string subtitle, string hover, string legend, string svg)
    {
        using var culture = CultureScope.Of(language);
        var cut = RenderPanel(linkToParcels: true);

        var heading = cut.Find(".widget-title");
        Assert.StartsWith(title, heading.TextContent.Trim());
        Assert.Equal(subtitle, heading.QuerySelector("small")!.TextContent);
        cut.Find("a.sankey-link[data-stage=domestic]").MouseOver();
        Assert.Equal(hover, Normalise(cut.Find("[data-testid=sankey-hover]").TextContent));
        Assert.StartsWith(legend, Normalise(cut.Find(".sankey-legend").TextContent));
        Assert.Equal(svg, cut.Find("a[data-testid=flows-chart-svg]").GetAttribute("aria-label"));
    }

    [Fact]
    public void The_diagram_downloads_as_svg_and_its_links_as_csv()
    {
        var cut = RenderPanel(linkToParcels: true);

        Assert.Equal("/downloads/flows.svg?range=7d", cut.Find("a[data-testid=flows-chart-svg]").GetAttribute("href"));
        Assert.Equal("/downloads/flows.csv?range=7d&table=links", cut.Find("a[data-testid=flows-chart-csv]").GetAttribute("href"));
        Assert.All(cut.FindAll(".chart-actions a"), a => Assert.True(a.HasAttribute("download")));
    }

    private IRenderedComponent<FlowDiagramPanel> RenderPanel(bool linkToParcels) =>
        Render<FlowDiagramPanel>(p => p
            .Add(f => f.Figures, SampleFlows.Figures)
            .Add(f => f.LinkToParcels, linkToParcels)
            .Add(f => f.CsvHref, "/downloads/flows.csv?range=7d&table=links")
            .Add(f => f.SvgHref, "/downloads/flows.svg?range=7d"));

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
