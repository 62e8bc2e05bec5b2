using Bunit;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Tests.Components.Layout;

public sealed class StatusBarTests : MudTestContext
{
    [Fact]
    public void Shows_the_version_and_says_live_once_the_circuit_renders()
    {
        var appInfo = new AppInfo();
        Services.AddSingleton(appInfo);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

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
        var appInfo = new AppInfo();
        Services.AddSingleton(appInfo);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var cut = Render<StatusBar>();

        Assert.Equal(string.Format(version, appInfo.Version), cut.Find(".status-version").TextContent);
        Assert.Equal(live, cut.Find(".live-text-up").TextContent);
        Assert.Equal(reconnecting, cut.Find(".live-text-reconnecting").TextContent);
        Assert.Equal(lost, cut.Find(".live-text-failed").TextContent);
    }
}
