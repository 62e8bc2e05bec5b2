using Bunit;
using CainiaoDashboard.Features.Executive;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class ChartPanelTests : MudTestContext
{
    private static readonly ChartTable Table = new("Parcels per day by carrier", ["period", "ZTO", "on_time_pct"],
        [["2026-11-01", "120", "91.50"], ["2026-11-02", "80", "88.00"]]);

    [Fact]
    public void The_table_toggle_shows_the_charts_rows_instead_of_the_chart_and_back()
    {
        var cut = RenderPanel(Table);
        var toggle = cut.Find("button[data-testid=volume-chart-table-toggle]");
        Assert.Equal("false", toggle.GetAttribute("aria-pressed"));
        Assert.NotNull(cut.Find("#the-chart"));

        toggle.Click();

        Assert.Equal("true", cut.Find("button[data-testid=volume-chart-table-toggle]").GetAttribute("aria-pressed"));
        Assert.Empty(cut.FindAll("#the-chart"));
        var table = cut.Find("table[data-testid=volume-chart-table]");
        Assert.Equal("Parcels per day by carrier", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["period", "ZTO", "on time pct"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["2026-11-01", "120", "91.50"], table.QuerySelectorAll("tbody tr")[0].Children.Select(c => c.TextContent));
        Assert.Equal("row", table.QuerySelector("tbody th")!.GetAttribute("scope"));
        var scroller = table.ParentElement!;
        Assert.Equal(("0", "region", "Parcels per day by carrier"), (scroller.GetAttribute("tabindex"), scroller.GetAttribute("role"), scroller.GetAttribute("aria-label")));

        cut.Find("button[data-testid=volume-chart-table-toggle]").Click();

        Assert.Empty(cut.FindAll("table"));
        Assert.NotNull(cut.Find("#the-chart"));
    }

    [Fact]
    public void The_csv_and_other_downloads_are_links_the_browser_downloads()
    {
        var cut = RenderPanel(Table, downloads: b => b.AddMarkupContent(0, "<a href=\"/downloads/flows.svg\" data-testid=\"svg\">SVG</a>"));

        var csv = cut.Find("a[data-testid=volume-chart-csv]");
        Assert.Equal("/downloads/volume.csv?chart=volume&range=7d", csv.GetAttribute("href"));
        Assert.True(csv.HasAttribute("download"));
        Assert.Contains("CSV", csv.TextContent);
        Assert.NotNull(cut.Find(".chart-actions a[data-testid=svg]"));
    }

    [Theory]
    [InlineData("en-GB", "Show as table", "Download CSV")]
    [InlineData("zh-CN", "以表格显示", "导出 CSV")]
    public void Its_buttons_speak_the_readers_language(string language, string toggle, string csv)
    {
        using var culture = CultureScope.Of(language);
        var cut = RenderPanel(Table);

        Assert.Equal(toggle, cut.Find("button[data-testid=volume-chart-table-toggle]").TextContent.Trim());
        Assert.Equal(csv, cut.Find("a[data-testid=volume-chart-csv]").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_panel_without_a_table_has_no_table_view()
    {
        var cut = RenderPanel(table: null);

        Assert.Empty(cut.FindAll("button[data-testid=volume-chart-table-toggle]"));
        Assert.NotNull(cut.Find("a[data-testid=volume-chart-csv]"));
        Assert.NotNull(cut.Find("#the-chart"));
    }

    private IRenderedComponent<ChartPanel> RenderPanel(ChartTable? table, RenderFragment? downloads = null) =>
        Render<ChartPanel>(p => p
            .Add(c => c.Title, "Parcels per day")
            .Add(c => c.TestId, "volume-chart")
            .Add(c => c.Table, table)
            .Add(c => c.CsvHref, "/downloads/volume.csv?chart=volume&range=7d")
            .Add(c => c.Downloads, downloads)
            .Add(c => c.ChildContent, b => b.AddMarkupContent(0, "<div id=\"the-chart\">chart</div>")));
}
