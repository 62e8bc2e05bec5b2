using Bunit;
using CainiaoDashboard.Shared.Widgets;
using MudBlazor;

namespace CainiaoDashboard.Tests.Shared.Widgets;

public sealed class WidgetTests : MudTestContext
{
    [Fact]
    public void The_card_is_marked_up_as_a_MudPaper_at_elevation_one()
    {
        var paper = Render<MudPaper>(p => p.Add(x => x.Elevation, 1).Add(x => x.Class, "widget alerts-panel"));
        var widget = Render<Widget>(p => p.Add(x => x.Class, "alerts-panel").AddUnmatched("aria-live", "polite"));

        var card = widget.Find("div");
        Assert.Equal(paper.Find("div").ClassList.OrderBy(c => c), card.ClassList.OrderBy(c => c));
        Assert.Equal("polite", card.GetAttribute("aria-live"));
    }

    [Fact]
    public void The_title_row_shows_the_title_subtitle_and_actions()
    {
        var widget = Render<Widget>(p => p
            .Add(x => x.Title, "Alerts")
            .Add(x => x.Subtitle, "2 active")
            .Add(x => x.Actions, "<button>Pause</button>")
            .AddChildContent("<p>body</p>"));

        Assert.StartsWith("Alerts", widget.Find("h2.widget-title").TextContent.Trim());
        Assert.Equal("2 active", widget.Find("h2.widget-title small").TextContent);
        Assert.NotNull(widget.Find(".widget-title-row button"));
        Assert.Equal("body", widget.Find("p").TextContent);
    }

    [Fact]
    public void The_card_fragment_marks_up_a_titled_card_as_the_component_does()
    {
        var widget = Render<Widget>(p => p.Add(x => x.Title, "Transit").Add(x => x.Subtitle, "last 7 days").AddChildContent("<p>chart</p>"));
        var card = Render(Widget.Card("Transit", "last 7 days", b => b.AddMarkupContent(0, "<p>chart</p>")));

        card.MarkupMatches(widget.Markup);
    }
}
