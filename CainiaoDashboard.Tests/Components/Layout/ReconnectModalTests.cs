using Bunit;
using CainiaoDashboard.Components.Layout;

namespace CainiaoDashboard.Tests.Components.Layout;

/// <summary>The dialog's texts come from the server in the reader's language; its script only shows and hides them.</summary>
public sealed class ReconnectModalTests : MudTestContext
{
    [Theory]
    [InlineData("en-GB", "Connection to the server lost. Rejoining…", "Rejoin failed; trying again in  seconds.", "Retry", "Resume")]
    [InlineData("zh-CN", "与服务器的连接已断开，正在重新连接…", "重新连接失败，秒后重试。", "重试", "恢复")]
    public void Every_state_of_the_dialog_speaks_the_readers_language(string language, string first, string repeated, string retry, string resume)
    {
        using var culture = CultureScope.Of(language);

        var cut = Render<ReconnectModal>();

        Assert.Equal(first, cut.Find("#components-reconnect-title").TextContent.Trim());
        var again = cut.Find(".components-reconnect-repeated-attempt-visible");
        Assert.Equal(repeated, again.TextContent.Trim());
        Assert.NotNull(again.QuerySelector("span#components-seconds-to-next-attempt"));
        Assert.Equal(retry, cut.Find("#components-reconnect-button").TextContent.Trim());
        Assert.Equal(resume, cut.Find("#components-resume-button").TextContent.Trim());
    }

    [Fact]
    public void The_script_writes_no_words_of_its_own()
    {
        var script = File.ReadAllText(Path.Combine(FolderGraph.AppFolder(), "Components", "Layout", "ReconnectModal.razor.js"));

        Assert.DoesNotContain("textContent", script);
        Assert.DoesNotContain("innerText", script);
        Assert.DoesNotContain("innerHTML", script);
    }
}
