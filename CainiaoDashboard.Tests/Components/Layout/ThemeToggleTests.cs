using AngleSharp.Dom;
using Bunit;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Components.Layout;

public sealed class ThemeToggleTests : MudTestContext
{
    [Fact]
    public void A_click_switches_to_dark_and_remembers_it_in_the_theme_cookie()
    {
        var changedTo = ClickToggle(isDark: false, remembers: "dark",
            button =>
            {
                Assert.Equal("Switch to the dark theme", button.GetAttribute("aria-label"));
                Assert.Equal("Switch to the dark theme", button.GetAttribute("title"));
            });

        Assert.True(changedTo);
    }

    [Fact]
    public void In_dark_mode_it_offers_the_light_theme_and_writes_light()
    {
        var changedTo = ClickToggle(isDark: true, remembers: "light", button => Assert.Equal("true", button.GetAttribute("aria-pressed")));

        Assert.False(changedTo);
    }

    [Theory]
    [InlineData("dark", true)]
    [InlineData("material-dark", true)]
    [InlineData("light", false)]
    [InlineData(null, false)]
    [InlineData("garbage", false)]
    public void The_cookie_value_decides_the_first_paint(string? cookie, bool dark) =>
        Assert.Equal(dark, DashboardTheme.IsDark(cookie));

    /// <summary>
    /// Renders the toggle in one theme, checks its button, clicks it and returns the theme it asked for; fails unless the
    /// click wrote <paramref name="remembers"/> into the theme cookie.
    /// </summary>
    private bool? ClickToggle(bool isDark, string remembers, Action<IElement> checkButton)
    {
        var module = JSInterop.SetupModule("./Components/Layout/ThemeToggle.razor.js");
        var remember = module.SetupVoid("rememberTheme", DashboardTheme.CookieName, remembers);
        bool? changedTo = null;
        var cut = Render<ThemeToggle>(p => p
            .Add(t => t.IsDark, isDark)
            .Add(t => t.IsDarkChanged, (bool dark) => changedTo = dark));

        var button = cut.Find("button[data-testid=theme-toggle]");
        checkButton(button);
        button.Click();

        remember.VerifyInvoke("rememberTheme");
        return changedTo;
    }
}
