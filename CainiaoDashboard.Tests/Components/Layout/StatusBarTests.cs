using Bunit;
using Bunit.TestDoubles;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Charts;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace CainiaoDashboard.Tests.Components.Layout;

public sealed class StatusBarTests : MudTestContext
{
    private const string ModulePath = "./Components/Layout/StatusBar.razor.js";

    private readonly AppInfo appInfo = new();

    public StatusBarTests()
    {
        Services.AddSingleton(appInfo);
        Services.AddScoped<ThemeChoice>();
        Services.AddScoped(_ => new CascadingValueSource<ChartPalette>(ChartPalette.Light, isFixed: false));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Shows_the_version_and_says_live_once_the_circuit_renders()
    {
        var cut = Render<StatusBar>();

        Assert.Contains($"Version {appInfo.Version}", cut.Markup);
        var status = cut.Find("[data-testid=live-status]");
        Assert.Equal("status", status.GetAttribute("role"));
        Assert.Equal("true", status.GetAttribute("data-interactive"));
    }

    [Theory]
    [InlineData("en-GB", "Version {0}", "Live", "Reconnecting…", "Connection lost. Reload")]
    [InlineData("zh-CN", "版本 {0}", "实时", "正在重新连接…", "连接已断开。 重新加载")]
    public void Speaks_the_readers_language(string language, string version, string live, string reconnecting, string lost)
    {
        using var culture = CultureScope.Of(language);

        var cut = Render<StatusBar>();

        Assert.Equal(string.Format(version, appInfo.Version), cut.Find(".status-version").TextContent);
        Assert.Equal(live, cut.Find(".live-text-up").TextContent);
        Assert.Equal(reconnecting, cut.Find(".live-text-reconnecting").TextContent);
        Assert.Equal(lost, cut.Find(".live-text-failed").TextContent);
    }

    [Fact]
    public void The_language_switch_changes_the_circuits_language_and_refreshes_the_page_in_place()
    {
        using var culture = CultureScope.Of("en-GB");
        var (statusBar, navigation) = AttachedOn("/parcels?view=late&carrier=ZTO");

        Assert.False(statusBar.SwitchLanguage("fr-FR"));
        Assert.Equal("en-GB", Services.GetRequiredService<CircuitCulture>().UICulture.Name);
        Assert.Single(navigation.History);

        Assert.True(statusBar.SwitchLanguage("zh-CN"));
        Assert.Equal(DashboardCulture.Chinese, Services.GetRequiredService<CircuitCulture>().UICulture);
        AssertRefreshedInPlace(navigation, "/parcels?view=late&carrier=ZTO");
    }

    [Fact]
    public async Task The_theme_toggle_changes_the_circuits_theme_and_refreshes_the_page_in_place()
    {
        var (statusBar, navigation) = AttachedOn("/volume?range=90d");

        Assert.False(await statusBar.SwitchTheme("purple"));
        Assert.False(Services.GetRequiredService<ThemeChoice>().IsDark);
        Assert.Single(navigation.History);

        Assert.True(await statusBar.SwitchTheme(DashboardTheme.Dark));
        Assert.True(Services.GetRequiredService<ThemeChoice>().IsDark);
        AssertRefreshedInPlace(navigation, "/volume?range=90d");
    }

    /// <summary>The status bar on a page, once it has attached the app bar's switches to its circuit.</summary>
    private (StatusBar StatusBar, BunitNavigationManager Navigation) AttachedOn(string address)
    {
        var attach = JSInterop.SetupModule(ModulePath).SetupVoid("attach", _ => true);
        attach.SetVoidResult();
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo(address);
        var cut = Render<StatusBar>();
        var reference = Assert.IsType<DotNetObjectReference<StatusBar>>(Assert.Single(attach.Invocations).Arguments[0]);
        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find(".status-bar").GetAttribute("data-switch-keeps-circuit")));
        return (reference.Value, navigation);
    }

    private static void AssertRefreshedInPlace(BunitNavigationManager navigation, string address)
    {
        var refresh = navigation.History.First();
        Assert.EndsWith(address, refresh.Uri);
        Assert.True(refresh.Options.ReplaceHistoryEntry);
    }

    [Fact]
    public async Task Leaving_the_page_detaches_the_switch_from_the_circuit()
    {
        var module = JSInterop.SetupModule(ModulePath);
        module.SetupVoid("attach", _ => true).SetVoidResult();
        var detach = module.SetupVoid("detach", _ => true);
        detach.SetVoidResult();
        var cut = Render<StatusBar>();

        await cut.Instance.DisposeAsync();

        Assert.Single(detach.Invocations);
    }
}
