using Bunit;
using CainiaoDashboard.Shared.Widgets;
using MudBlazor;

namespace CainiaoDashboard.Tests.Shared.Widgets;

public sealed class ConfirmDialogTests : MudTestContext
{
    public ConfirmDialogTests() => RenderProviders();

    private IDialogService DialogService => Services.GetRequiredService<IDialogService>();

    [Fact]
    public async Task Shows_the_title_the_question_and_a_button_named_after_the_action_and_answers_true_on_it()
    {
        var answer = DialogService.ConfirmAsync("Revoke key", "Revoke ZTO key cnk_abc…?", "Revoke", Color.Error);

        var dialog = Dialogs.WaitForElement("[role=dialog]");
        Assert.Equal("Revoke key", Dialogs.Find(".mud-dialog-title").TextContent.Trim());
        Assert.Equal("Revoke ZTO key cnk_abc…?", Dialogs.Find("[data-testid=confirm-message]").TextContent);
        Assert.Equal("true", dialog.GetAttribute("aria-modal"));
        var confirm = Dialogs.Find("[data-testid=confirm-ok]");
        Assert.Equal("Revoke", confirm.TextContent.Trim());
        Assert.Contains("mud-button-filled-error", confirm.ClassList);
        confirm.Click();

        Assert.True(await answer);
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("[role=dialog]")));
    }

    [Theory]
    [InlineData("en-GB", "OK", "Cancel")]
    [InlineData("zh-CN", "确定", "取消")]
    public async Task Buttons_the_caller_does_not_name_speak_the_readers_language(string language, string ok, string cancel)
    {
        using var culture = CultureScope.Of(language);
        var dialog = await DialogService.ShowAsync<ConfirmDialog>("?", new DialogParameters<ConfirmDialog> { { d => d.Message, "?" } });

        Assert.Equal(ok, Dialogs.WaitForElement("[data-testid=confirm-ok]").TextContent.Trim());
        Assert.Equal(cancel, Dialogs.Find("[data-testid=confirm-cancel]").TextContent.Trim());
        Dialogs.Find("[data-testid=confirm-ok]").Click();
        Assert.False((await dialog.Result)!.Canceled);
    }

    [Fact]
    public async Task The_callers_own_words_are_shown_as_given_beside_a_cancel_in_the_readers_language()
    {
        using var culture = CultureScope.Chinese();
        var answer = DialogService.ConfirmAsync("吊销密钥", "吊销 ZTO 密钥 cnk_abc…？", "吊销", Color.Error);

        Assert.Equal("吊销", Dialogs.WaitForElement("[data-testid=confirm-ok]").TextContent.Trim());
        Assert.Equal("取消", Dialogs.Find("[data-testid=confirm-cancel]").TextContent.Trim());
        Dialogs.Find("[data-testid=confirm-cancel]").Click();
        Assert.False(await answer);
    }

    [Fact]
    public async Task Cancel_answers_false()
    {
        var answer = DialogService.ConfirmAsync("Lock user", "Lock someone?", "Lock");

        Dialogs.WaitForElement("[data-testid=confirm-cancel]").Click();

        Assert.False(await answer);
        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll("[role=dialog]")));
    }

    [Fact]
    public async Task The_close_button_answers_false()
    {
        var answer = DialogService.ConfirmAsync("Lock user", "Lock someone?", "Lock");

        Dialogs.WaitForElement(".mud-dialog-title button[aria-label=Close]").Click();

        Assert.False(await answer);
    }

    [Fact]
    public async Task A_click_beside_the_dialog_does_not_answer()
    {
        var answer = DialogService.ConfirmAsync("Lock user", "Lock someone?", "Lock");

        Dialogs.WaitForElement(".mud-overlay").Click();

        Assert.False(answer.IsCompleted);
        Assert.NotEmpty(Dialogs.FindAll("[role=dialog]"));
    }
}
