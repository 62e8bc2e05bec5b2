using Bunit;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Tests.Features.Admin;

public sealed class SystemStatusTests : MudTestContext
{
    [Theory]
    [InlineData("en-GB", "System", "Build|Chart check", "Version {0}, .NET {1}", "Add a sample")]
    [InlineData("zh-CN", "系统", "版本信息|图表检查", "版本 {0}，.NET {1}", "添加样本")]
    public void Speaks_the_readers_language(string language, string title, string widgets, string version, string add)
    {
        using var culture = CultureScope.Of(language);
        var appInfo = new AppInfo();
        Services.AddSingleton(appInfo);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));

        var cut = Render<SystemStatus>();

        Assert.Equal(title, cut.Find("h1").TextContent);
        Assert.Equal(widgets.Split('|'), cut.FindAll(".widget-title").Select(t => t.TextContent.Trim()));
        Assert.Equal(string.Format(version, appInfo.Version, Environment.Version), cut.Find(".widget p").TextContent);
        var button = cut.Find("[data-testid=add-sample]");
        Assert.Equal(add, button.TextContent.Trim());
        button.Click();
        Assert.Equal("4", cut.Find("[data-testid=sample-count]").TextContent);
    }
}
