using Bunit;
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
            .Add(i => i.Icon, Icons.Material.Filled.Warning)
            .Add(i => i.Size, size)
            .Add(i => i.Class, cssClass)
            .Add(i => i.Color, color));

        mudIcon.MarkupMatches(SvgIcon.Of(Icons.Material.Filled.Warning, size, cssClass, color).Value);
    }

    [Fact]
    public void The_same_icon_is_built_once_for_every_circuit()
    {
        var first = SvgIcon.Of(Icons.Material.Filled.Error, Size.Small, "hub-level-icon");
        var second = SvgIcon.Of(Icons.Material.Filled.Error, Size.Small, "hub-level-icon");

        Assert.Same(first.Value, second.Value);
    }
}
