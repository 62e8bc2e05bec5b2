using Bunit;
using CainiaoDashboard.Features.Admin;
using Microsoft.JSInterop;

namespace CainiaoDashboard.Tests.Features.Admin;

public sealed class OneTimeKeyTests : MudTestContext
{
    private const string Key = "cnk_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG";

    public OneTimeKeyTests() => RenderProviders();

    [Fact]
    public void Shows_the_key_in_a_read_only_field_and_copy_puts_it_on_the_clipboard()
    {
        var clipboard = JSInterop.SetupVoid("navigator.clipboard.writeText", Key);
        clipboard.SetVoidResult();
        var cut = Render<OneTimeKey>(p => p.Add(k => k.Title, "New key for ZTO").Add(k => k.Key, Key));

        var field = cut.Find("input[data-testid=new-key]");
        Assert.Equal(Key, field.GetAttribute("value"));
        Assert.True(field.HasAttribute("readonly"));
        Assert.StartsWith("New key for ZTO: shown once.", cut.Find(".new-key-title").TextContent);

        cut.Find("[data-testid=new-key-copy]").Click();

        clipboard.VerifyInvoke("navigator.clipboard.writeText");
        Snackbars.WaitForAssertion(() => Assert.Contains("Key copied to the clipboard.", Snackbars.Markup));
    }

    [Theory]
    [InlineData("en-GB", "ZTO key: shown once. Store it now; it cannot be shown again.", "New API key", "Copy", "Done", "Key copied to the clipboard.")]
    [InlineData("zh-CN", "ZTO key：仅显示一次。请立即保存，之后无法再次查看。", "新 API 密钥", "复制", "完成", "密钥已复制到剪贴板。")]
    public void Speaks_the_readers_language(string language, string title, string label, string copy, string done, string copied)
    {
        using var culture = CultureScope.Of(language);
        JSInterop.SetupVoid("navigator.clipboard.writeText", Key).SetVoidResult();
        var cut = Render<OneTimeKey>(p => p.Add(k => k.Title, "ZTO key").Add(k => k.Key, Key));

        Assert.Equal(title, cut.Find(".new-key-title").TextContent);
        Assert.Equal(label, cut.Find("label").TextContent);
        Assert.Equal(done, cut.Find("[data-testid=new-key-done]").TextContent.Trim());
        var copyButton = cut.Find("[data-testid=new-key-copy]");
        Assert.Equal(copy, copyButton.TextContent.Trim());
        copyButton.Click();

        Snackbars.WaitForAssertion(() => Assert.Contains(copied, Snackbars.Markup));
    }

    [Fact]
    public void When_the_browser_refuses_the_clipboard_it_says_how_to_copy_by_hand()
    {
        JSInterop.SetupVoid("navigator.clipboard.writeText", Key).SetException(new JSException("Document is not focused."));
        var cut = Render<OneTimeKey>(p => p.Add(k => k.Title, "New key for ZTO").Add(k => k.Key, Key));

        cut.Find("[data-testid=new-key-copy]").Click();

        Snackbars.WaitForAssertion(() =>
            Assert.Contains("select the key and copy it", Snackbars.Find(".mud-snackbar.mud-alert-filled-warning").TextContent));
    }

    [Fact]
    public void Done_tells_the_panel_to_forget_the_key()
    {
        var done = false;
        var cut = Render<OneTimeKey>(p => p.Add(k => k.Title, "New key for ZTO").Add(k => k.Key, Key).Add(k => k.OnDone, () => done = true));

        cut.Find("[data-testid=new-key-done]").Click();

        Assert.True(done);
    }
}
