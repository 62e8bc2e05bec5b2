using MudBlazor;

namespace CainiaoDashboard.Features.Admin;

/// <summary>How the admin panels report what a change did, and a failed read of their rows.</summary>
public static class AdminSnackbar
{
    public static void Report(this ISnackbar snackbar, AdminOutcome outcome)
    {
        if (outcome.Succeeded)
        {
            snackbar.Add(outcome.Message, Severity.Success);
        }
        else
        {
            snackbar.ReportError(outcome.Message);
        }
    }

    /// <summary>An error stays until it is closed: it usually asks for a correction, and nobody should have to read it against a timer.</summary>
    public static void ReportError(this ISnackbar snackbar, string message) =>
        snackbar.Add(message, Severity.Error, options => options.RequireInteraction = true);

    /// <summary>
    /// A panel's rows, read again. A failure goes to the log (naming <paramref name="what"/>) and, as an error, to the
    /// snackbar (<paramref name="failure"/>, worded by the panel in its reader's language); the panel then keeps the rows
    /// it showed (none on the first read).
    /// </summary>
    public static async Task<IReadOnlyList<T>> ReadRowsAsync<T>(
        this ISnackbar snackbar, ILogger logger, string what, string failure, Func<Task<IReadOnlyList<T>>> read, IReadOnlyList<T>? shown)
    {
        try
        {
            return await read();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Listing {What} failed.", what);
            snackbar.ReportError(failure);
            return shown ?? [];
        }
    }
}
