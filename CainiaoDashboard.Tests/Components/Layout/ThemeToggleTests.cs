using Bunit;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Tests.Infrastructure;

namespace CainiaoDashboard.Tests.Components.Layout;

public sealed class ThemeToggleTests : MudTestContext
{
    [Fact]
    public void A_click_switches_to_dark_and_remembers_it_in_the_theme_cookie()
    {
        var module = JSInterop.SetupModule("./Components/Layout/ThemeToggle.razor.js");
        var remember = module.SetupVoid("rememberTheme", DashboardTheme.CookieName, "dark");
        bool? changedTo = null;
        var cut = Render<ThemeToggle>(p => p
            .Add(t => t.IsDark, false)
            .Add(t => t.IsDarkChanged, (bool dark) => changedTo = dark));

        var button = cut.Find("button[data-testid=theme-toggle]");
        Assert.Equal("Switch to the dark theme", button.GetAttribute("aria-label"));
        button.Click();

        Assert.True(changedTo);
        remember.VerifyInvoke("rememberTheme");
    }

    [Fact]
    public void In_dark_mode_it_offers_the_light_theme_and_writes_light()
    {
        var module = JSInterop.SetupModule("./Components/Layout/ThemeToggle.razor.js");
        var remember = module.SetupVoid("rememberTheme", DashboardTheme.CookieName, "light");
        bool? changedTo = null;
        var cut = Render<ThemeToggle>(p => p
            .Add(t => t.IsDark, true)
            .Add(t => t.IsDarkChanged, (bool dark) => changedTo = dark));

        var button = cut.Find("button[data-testid=theme-toggle]");
        Assert.Equal("true", button.GetAttribute("aria-pressed"));
        button.Click();

        Assert.False(changedTo);
        remember.VerifyInvoke("rememberTheme");
    }

    [Theory]
    [InlineData("dark", true)]
    [InlineData("material-dark", true)]
    [InlineData("light", false)]
    [InlineData(null, false)]
    [InlineData("garbage", false)]
    public void The_cookie_value_decides_the_first_paint(string? cookie, bool dark) =>
        Assert.Equal(dark, DashboardTheme.IsDark(cookie));
}
