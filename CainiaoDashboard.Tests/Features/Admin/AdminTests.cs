using Bunit;
using Bunit.TestDoubles;
using CainiaoDashboard.Features.Admin;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Simulation;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using AdminPage = CainiaoDashboard.Features.Admin.Admin;

namespace CainiaoDashboard.Tests.Features.Admin;

/// <summary><c>/admin</c> with the app's own services on a fresh database.</summary>
public sealed class AdminTests : MudTestContext, IClassFixture<AdminApp>
{
    public AdminTests(AdminApp app)
    {
        Services.AddSingleton(app.Services.GetRequiredService<ApiKeys>());
        Services.AddSingleton(app.Services.GetRequiredService<UserAdministration>());
        Services.AddSingleton(app.Services.GetRequiredService<UnmappedCodesQuery>());
        Services.AddSingleton(new SimulatorScenarios());
        Services.AddSingleton(Options.Create(new SimulatorOptions()));
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetRoles(Roles.Admin);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Theory]
    [InlineData("en-GB", "admin", "Admin", "Times in China Standard Time (Beijing) (show UTC)", "Simulator|API keys|Unmapped carrier codes|Users and roles")]
    [InlineData("en-GB", "admin?tz=UTC", "Admin", "Times in Coordinated Universal Time (show CST)", "Simulator|API keys|Unmapped carrier codes|Users and roles")]
    [InlineData("zh-CN", "admin", "管理", "时间为北京时间（显示UTC）", "模拟器|API 密钥|未映射的承运商代码|用户与角色")]
    [InlineData("zh-CN", "admin?tz=UTC", "管理", "时间为协调世界时（UTC）（显示北京时间）", "模拟器|API 密钥|未映射的承运商代码|用户与角色")]
    public void The_page_speaks_the_readers_language_and_names_its_time_zone(string language, string address, string title, string zone, string panels)
    {
        using var culture = CultureScope.Of(language);
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo(address);

        var cut = Render<AdminPage>();

        Assert.Equal(title, cut.Find("h1").TextContent);
        Assert.Equal(zone, cut.Find(".as-of").TextContent);
        Assert.Equal(address.EndsWith("UTC") ? "/admin" : "/admin?tz=UTC", cut.Find(".as-of a").GetAttribute("href"));
        Assert.Equal(panels.Split('|'), cut.FindAll("h2.widget-title").Select(t => t.FirstChild!.TextContent.Trim()));
    }
}
