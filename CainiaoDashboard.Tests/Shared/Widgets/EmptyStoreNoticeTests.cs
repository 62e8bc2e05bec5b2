using Bunit;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Widgets;

namespace CainiaoDashboard.Tests.Shared.Widgets;

/// <summary>The notice on a store without parcels, read from a fresh SQLite file.</summary>
public sealed class EmptyStoreNoticeTests : MudTestContext
{
    [Theory]
    [InlineData("en-GB", Roles.Admin, "No parcels yet.", "Each system needs an API key: create one under Admin → API keys. History exported")]
    [InlineData("en-GB", Roles.Support, "No parcels yet.", "Each system needs an API key: an administrator creates one under Admin → API keys. History exported")]
    [InlineData("zh-CN", Roles.Admin, "暂无包裹。", "每个系统都需要一个 API 密钥： 请在管理 → API 密钥中创建。 从其他系统导出的历史数据")]
    [InlineData("zh-CN", Roles.Support, "暂无包裹。", "每个系统都需要一个 API 密钥： 由管理员在“管理 → API 密钥”中创建。 从其他系统导出的历史数据")]
    public async Task Says_how_parcels_get_in_in_the_readers_language_with_the_commands_as_they_are(
        string language, string role, string title, string keys)
    {
        using var culture = CultureScope.Of(language);
        await using var data = await SupportDatabase.CreateAsync();
        Services.AddSingleton(new StoreContents(data.Contexts));
        var auth = AddAuthorization();
        auth.SetAuthorized("amy");
        auth.SetRoles(role);

        var cut = Render<EmptyStoreNotice>();

        var notice = cut.WaitForElement("[data-testid=empty-store]");
        var text = string.Join(" ", notice.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(title, notice.QuerySelector("strong")!.TextContent);
        Assert.Contains(keys, text);
        Assert.Equal(["POST /api/parcels", "POST /api/carriers/{carrier}/events", "POST /api/complaints",
                "dotnet run --project CainiaoDashboard -- import --parcels parcels.csv --events events.csv --complaints complaints.csv",
                "samples/", "Simulator:Enabled=true"],
            notice.QuerySelectorAll("code").Select(c => c.TextContent));
        Assert.Equal(role == Roles.Admin ? ["/admin"] : [], notice.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }
}
