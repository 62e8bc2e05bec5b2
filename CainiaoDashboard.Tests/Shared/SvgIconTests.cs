using System.Text.RegularExpressions;
using Bunit;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Shared;
using MudBlazor;

namespace CainiaoDashboard.Tests.Shared;

public sealed class SvgIconTests : MudTestContext
{
    [Theory]
    [InlineData(Size.Small, "alert-icon", Color.Inherit)]
    [InlineData(Size.Medium, null, Color.Success)]
    [InlineData(Size.Medium, "mud-nav-link-icon mud-nav-link-icon-default", Color.Default)]
    [InlineData(Size.Large, null, Color.Error)]
    public void The_markup_is_what_MudIcon_renders_with_the_paths_in_place_or_in_the_sprite(Size size, string? cssClass, Color color)
    {
        MudIconFor(Icons.Material.Filled.Search, size, cssClass, color).MarkupMatches(SvgIcon.Of(Icons.Material.Filled.Search, size, cssClass, color).Value);

        // A sprite icon is the same element with a reference where its paths were.
        var fromSprite = SvgIcon.Of(Icons.Material.Filled.Warning, size, cssClass, color).Value;
        var reference = Regex.Match(fromSprite, "<use href=\"#[^\"]+\"/>").Value;
        MudIconFor(Icons.Material.Filled.Warning, size, cssClass, color).MarkupMatches(fromSprite.Replace(reference, Icons.Material.Filled.Warning));
    }

    private IRenderedComponent<MudIcon> MudIconFor(string icon, Size size, string? cssClass, Color color) =>
        Render<MudIcon>(p => p.Add(i => i.Icon, icon).Add(i => i.Size, size).Add(i => i.Class, cssClass).Add(i => i.Color, color));

    [Fact]
    public void A_live_panel_icon_refers_to_the_symbol_of_the_page_sprite_that_draws_its_paths()
    {
        var markup = SvgIcon.Of(Icons.Material.Filled.Warning, Size.Small, "alert-icon").Value;
        var sprite = Render<IconSprite>();

        Assert.DoesNotContain("<path", markup);
        var id = Regex.Match(markup, "<use href=\"#([^\"]+)\"/>").Groups[1].Value;
        // Compared as SVG: outside an svg element the parser would not close the icon's self-closing paths.
        $"<svg>{sprite.Find($"symbol#{id}").InnerHtml}</svg>".MarkupMatches($"<svg>{Icons.Material.Filled.Warning}</svg>");
        Assert.Equal(SvgIcon.Sprite.Count, sprite.FindAll("symbol").Count);
    }

    [Fact]
    public void The_same_icon_is_built_once_for_every_circuit()
    {
        var first = SvgIcon.Of(Icons.Material.Filled.Error, Size.Small, "hub-level-icon");
        var second = SvgIcon.Of(Icons.Material.Filled.Error, Size.Small, "hub-level-icon");

        Assert.Same(first.Value, second.Value);
    }
}
