using MudBlazor;

namespace CainiaoDashboard.Shared.Widgets;

public static class DialogServiceExtensions
{
    /// <summary>
    /// Asks <paramref name="message"/> in a <see cref="ConfirmDialog"/>; true only when the user pressed the confirm
    /// button (Cancel, the close button and Escape all answer false). A click on the backdrop does nothing, so a
    /// stray click cannot answer for the user, and the focus starts on Cancel, so a stray Enter cannot either.
    /// </summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText,
        Color confirmColor = Color.Primary)
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
            { d => d.ConfirmColor, confirmColor },
        };
        var options = new DialogOptions
        {
            MaxWidth = MaxWidth.ExtraSmall, FullWidth = true, CloseButton = true, BackdropClick = false, DefaultFocus = DefaultFocus.FirstChild,
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
