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
    public void The_markup_is_what_MudIcon_renders(Size size, string? cssClass, Color color)
    {
        var mudIcon = Render<MudIcon>(p => p
            .Add(i => i.Icon, Icons.Material.Filled.Search)
            .Add(i => i.Size, size)
            .Add(i => i.Class, cssClass)
            .Add(i => i.Color, color));

        mudIcon.MarkupMatches(SvgIcon.Of(Icons.Material.Filled.Search, size, cssClass, color).Value);
    }

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
