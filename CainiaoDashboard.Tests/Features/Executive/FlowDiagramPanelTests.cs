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
