using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Components.Layout;

public sealed class ThemeToggleTests : MudTestContext
{
    [Fact]
    public void In_light_mode_it_posts_dark_to_the_theme_endpoint_and_comes_back_here()
    {
        var form = RenderToggle(isDark: false, address: "/parcels?view=late");

        var button = form.QuerySelector("button[type=submit][data-testid=theme-toggle]")!;
        Assert.Equal("Switch to the dark theme", button.GetAttribute("aria-label"));
        Assert.Equal("Switch to the dark theme", button.GetAttribute("title"));
        Assert.Equal("false", button.GetAttribute("aria-pressed"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("theme", form.GetAttribute("action"));
        Assert.Equal("dark", Field(form, "theme"));
        Assert.Equal("/parcels?view=late", Field(form, "returnUrl"));
    }

    [Fact]
    public void In_dark_mode_it_offers_the_light_theme_and_posts_light()
    {
        var form = RenderToggle(isDark: true, address: "/");

        var button = form.QuerySelector("button[data-testid=theme-toggle]")!;
        Assert.Equal("true", button.GetAttribute("aria-pressed"));
        Assert.Equal("Switch to the light theme", button.GetAttribute("aria-label"));
        Assert.Equal("light", Field(form, "theme"));
        Assert.Equal("/", Field(form, "returnUrl"));
    }

    [Theory]
    [InlineData("en-GB", false, "Switch to the dark theme")]
    [InlineData("en-GB", true, "Switch to the light theme")]
    [InlineData("zh-CN", false, "切换到深色主题")]
    [InlineData("zh-CN", true, "切换到浅色主题")]
    public void The_hint_speaks_the_readers_language(string language, bool isDark, string hint)
    {
        using var culture = CultureScope.Of(language);

        var button = RenderToggle(isDark, "/").QuerySelector("button[data-testid=theme-toggle]")!;

        Assert.Equal(hint, button.GetAttribute("aria-label"));
        Assert.Equal(hint, button.GetAttribute("title"));
    }

    [Theory]
    [InlineData("dark", true)]
    [InlineData("material-dark", true)]
    [InlineData("light", false)]
    [InlineData(null, false)]
    [InlineData("garbage", false)]
    public void The_cookie_value_decides_the_first_paint(string? cookie, bool dark) =>
        Assert.Equal(dark, DashboardTheme.IsDark(cookie));

    private IElement RenderToggle(bool isDark, string address)
    {
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(address);
        return Render<ThemeToggle>(p => p.Add(t => t.IsDark, isDark)).Find("form");
    }

    private static string? Field(IElement form, string name) =>
        form.QuerySelector($"input[type=hidden][name={name}]")?.GetAttribute("value");
}
