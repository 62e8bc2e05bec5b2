using Bunit;
using CainiaoDashboard.Features.Executive;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class LaneTableTests : MudTestContext
{
    private static readonly LaneFlow[] Lanes =
    [
        Lane("CN-EAST:CN-SOUTH", 300, 0.3, null, null),
        Lane("CN-EAST:US", 500, 0.5, 0.90, TimeSpan.FromHours(150), crossBorder: true),
        Lane("CN-NORTH:CN-EAST", 200, 0.2, 0.95, TimeSpan.FromHours(20)),
    ];

    [Fact]
    public void Lanes_start_with_the_busiest_and_the_parcels_heading_says_so()
    {
        var cut = Render<LaneTable>(p => p.Add(t => t.Lanes, Lanes));

        Assert.Equal(["CN-EAST:US", "CN-EAST:CN-SOUTH", "CN-NORTH:CN-EAST"], RowLanes(cut));
        Assert.Equal("descending", Heading(cut, "parcels").GetAttribute("aria-sort"));
        Assert.Single(cut.FindAll("th[aria-sort]"));
    }

    [Fact]
    public void Clicking_a_heading_sorts_by_that_column_and_a_second_click_reverses_it()
    {
        var cut = Render<LaneTable>(p => p.Add(t => t.Lanes, Lanes));

        cut.Find("button[data-testid=sort-lane]").Click();
        Assert.Equal(["CN-EAST:CN-SOUTH", "CN-EAST:US", "CN-NORTH:CN-EAST"], RowLanes(cut));
        Assert.Equal("ascending", Heading(cut, "lane").GetAttribute("aria-sort"));
        Assert.Null(Heading(cut, "parcels").GetAttribute("aria-sort"));

        cut.Find("button[data-testid=sort-lane]").Click();
        Assert.Equal(["CN-NORTH:CN-EAST", "CN-EAST:US", "CN-EAST:CN-SOUTH"], RowLanes(cut));
        Assert.Equal("descending", Heading(cut, "lane").GetAttribute("aria-sort"));
    }

    [Fact]
    public void A_figure_column_starts_with_its_highest_values_and_lanes_without_a_value_come_last()
    {
        var cut = Render<LaneTable>(p => p.Add(t => t.Lanes, Lanes));

        cut.Find("button[data-testid=sort-on-time]").Click();
        Assert.Equal(["CN-NORTH:CN-EAST", "CN-EAST:US", "CN-EAST:CN-SOUTH"], RowLanes(cut));
        Assert.Equal("descending", Heading(cut, "on-time").GetAttribute("aria-sort"));

        cut.Find("button[data-testid=sort-transit]").Click();
        Assert.Equal(["CN-EAST:US", "CN-NORTH:CN-EAST", "CN-EAST:CN-SOUTH"], RowLanes(cut));
        cut.Find("button[data-testid=sort-transit]").Click();
        Assert.Equal(["CN-EAST:CN-SOUTH", "CN-NORTH:CN-EAST", "CN-EAST:US"], RowLanes(cut));
        Assert.Equal("ascending", Heading(cut, "transit").GetAttribute("aria-sort"));
    }

    [Fact]
    public void Each_row_shows_parcels_with_share_on_time_and_transit_and_says_why_a_figure_is_missing()
    {
        var cut = Render<LaneTable>(p => p.Add(t => t.Lanes, Lanes));

        var us = cut.Find("tr[data-lane='CN-EAST:US']");
        Assert.Contains("CN-EAST → US", us.QuerySelector("th")!.TextContent);
        Assert.Contains("cross-border", us.QuerySelector("th")!.TextContent);
        var cells = us.QuerySelectorAll("td").Select(c => Normalise(c.TextContent)).ToList();
        Assert.Equal(["500 share 50.0%", "90.0%", "6.3 days"], cells);

        var south = cut.Find("tr[data-lane='CN-EAST:CN-SOUTH']");
        Assert.DoesNotContain("cross-border", south.TextContent);
        var missing = south.QuerySelectorAll("td").Select(c => Normalise(c.TextContent)).ToList();
        Assert.Equal(["— (no first attempts yet)", "— (none delivered yet)"], missing[1..]);
    }

    [Theory]
    [InlineData("en-GB", new[] { "Lane", "Parcels", "On time", "Transit" }, "cross-border", "500 share 50.0%", "6.3 days", "— (none delivered yet)")]
    [InlineData("zh-CN", new[] { "线路", "件数", "准时率", "时效" }, "跨境", "500 占比 50.0%", "6.3 天", "— (尚无签收)")]
    public void Headings_badges_and_figures_read_in_the_readers_language(
        string language, string[] headings, string crossBorder, string parcels, string transit, string noTransit)
    {
        using var culture = CultureScope.Of(language);
        RenderProviders();
        var cut = Render<LaneTable>(p => p.Add(t => t.Lanes, Lanes));

        Assert.Equal(headings, cut.FindAll("thead th button").Select(b => Normalise(b.TextContent).TrimEnd('▼', ' ')));
        var us = cut.Find("tr[data-lane='CN-EAST:US']");
        Assert.Equal(crossBorder, us.QuerySelector(".lane-badge")!.TextContent);
        Assert.Equal([parcels, "90.0%", transit], us.QuerySelectorAll("td").Select(c => Normalise(c.TextContent)));
        Assert.Equal(noTransit, Normalise(cut.Find("tr[data-lane='CN-EAST:CN-SOUTH']").QuerySelectorAll("td")[2].TextContent));
    }

    [Fact]
    public void Lanes_link_to_their_parcels_only_for_roles_that_may_open_the_list()
    {
        var linked = Render<LaneTable>(p => p.Add(t => t.Lanes, Lanes));
        Assert.Equal("/parcels?lane=CN-EAST:US", linked.Find("tr[data-lane='CN-EAST:US'] a").GetAttribute("href"));

        var plain = Render<LaneTable>(p => p.Add(t => t.Lanes, Lanes).Add(t => t.LinkToParcels, false));
        Assert.All(plain.FindAll("tbody a"), a => Assert.False(a.HasAttribute("href")));
    }

    private static LaneFlow Lane(string code, long parcels, double share, double? onTime, TimeSpan? transit, bool crossBorder = false) =>
        new(code, code.Split(':')[0], code.Split(':')[1], crossBorder, parcels, share, parcels / 2, onTime, transit, parcels / 3, $"/parcels?lane={code}");

    private static AngleSharp.Dom.IElement Heading(IRenderedComponent<LaneTable> cut, string column) =>
        cut.Find($"button[data-testid=sort-{column}]").Closest("th")!;

    private static List<string> RowLanes(IRenderedComponent<LaneTable> cut) =>
        cut.FindAll("tbody tr").Select(r => r.GetAttribute("data-lane")!).ToList();

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
