using Bunit;
using CainiaoDashboard.Components.Pages;

namespace CainiaoDashboard.Tests.Components.Pages;

public sealed class ErrorTests : MudTestContext
{
    [Theory]
    [InlineData("en-GB", "Something went wrong", "An error occurred while processing your request.", "Request ID:")]
    [InlineData("zh-CN", "出错了", "处理您的请求时发生错误。", "请求 ID：")]
    public void Says_so_in_the_readers_language_with_the_request_id(string language, string title, string sentence, string requestId)
    {
        using var culture = CultureScope.Of(language);
        using var activity = new System.Diagnostics.Activity("request").Start();

        var cut = Render<Error>();

        Assert.Equal(title, cut.Find("h1").TextContent);
        var lines = cut.FindAll(".empty-state .mud-typography");
        Assert.Equal(sentence, lines[0].TextContent);
        Assert.StartsWith(requestId, lines[1].TextContent);
        Assert.Equal(activity.Id, lines[1].QuerySelector("code")!.TextContent);
    }
}
