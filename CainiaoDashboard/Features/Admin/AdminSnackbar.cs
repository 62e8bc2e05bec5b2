using MudBlazor;

namespace CainiaoDashboard.Features.Admin;

/// <summary>How the admin panels report what a change did.</summary>
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
}
