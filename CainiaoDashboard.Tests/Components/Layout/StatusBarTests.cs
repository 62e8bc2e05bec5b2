using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CainiaoDashboard.Tests.Components.Layout;

public class StatusBarTests
{
    [Fact]
    public async Task Shows_the_version_and_is_not_live_before_the_circuit_starts()
    {
        var appInfo = new AppInfo();

        var html = await StaticComponentRenderer.RenderAsync<StatusBar>(
            configureServices: services => services.AddSingleton(appInfo));

        Assert.Contains($"Version {appInfo.Version}", html);
        Assert.Contains("id=\"components-reconnect-modal\"", html);
        Assert.Contains("data-interactive=\"false\"", html);
    }
}
