using Bunit;
using CainiaoDashboard.Components.Account;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Components.Account;

public sealed class NotAllowedMessageTests : MudTestContext
{
    [Theory]
    [InlineData("en-GB", "/admin", "Not allowed", "Your role (Support) may not open /admin.")]
    [InlineData("en-GB", null, "Not allowed", "Your role (Support) may not open this page.")]
    [InlineData("zh-CN", "/admin", "无权访问", "您的角色（客服）无权打开 /admin。")]
    [InlineData("zh-CN", null, "无权访问", "您的角色（客服）无权打开此页面。")]
    public void Names_the_role_and_the_refused_address_in_the_readers_language(string language, string? address, string title, string sentence)
    {
        using var culture = CultureScope.Of(language);
        var auth = AddAuthorization();
        auth.SetAuthorized("li.wei");
        auth.SetRoles(Roles.Support);

        var cut = Render<NotAllowedMessage>(p => p.Add(m => m.Address, address));

        Assert.Equal(title, cut.Find("h1").TextContent);
        var message = cut.Find("[data-testid=not-allowed] p");
        Assert.Equal(sentence, message.TextContent.Trim());
        Assert.Equal(address, message.QuerySelector("code")?.TextContent);
    }

    [Fact]
    public void Without_a_role_it_says_so_without_naming_one()
    {
        using var culture = CultureScope.Chinese();
        AddAuthorization().SetAuthorized("nobody");

        var cut = Render<NotAllowedMessage>(p => p.Add(m => m.Address, "/volume"));

        Assert.Equal("您的角色无权打开 /volume。", cut.Find("[data-testid=not-allowed] p").TextContent.Trim());
        Assert.Equal("返回运营总览", cut.Find("a[href='/']").TextContent);
    }
}
