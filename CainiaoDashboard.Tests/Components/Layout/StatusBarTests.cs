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
}
