using Bunit;
using CainiaoDashboard.Components.Pages;

namespace CainiaoDashboard.Tests.Components.Pages;

public sealed class NotFoundTests : MudTestContext
{
    [Theory]
    [InlineData("en-GB", "Page not found", "There is nothing at this address. Go to the overview.", "Go to the overview")]
    [InlineData("zh-CN", "页面不存在", "此地址没有内容。请返回运营总览。", "返回运营总览")]
    public void Says_so_in_the_readers_language_with_a_way_back(string language, string title, string sentence, string link)
    {
        using var culture = CultureScope.Of(language);

        var cut = Render<NotFound>();

        Assert.Equal(title, cut.Find("h1").TextContent);
        Assert.Equal(sentence, cut.Find(".empty-state p").TextContent);
        Assert.Equal(link, cut.Find(".empty-state a[href='/']").TextContent);
    }
}
