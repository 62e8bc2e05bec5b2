using MudBlazor;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>
/// The save of a support form (a complaint, a complaint change, a note): one at a time; a refusal is shown under the
/// form; an unexpected failure is shown there and in the snackbar as <paramref name="failure"/> (nothing was stored).
/// </summary>
public sealed class SupportSave(ISnackbar snackbar, string failure)
{
    public bool Saving { get; private set; }

    /// <summary>Why the last save was refused or failed; null while none has, and after a success.</summary>
    public string? Error { get; private set; }

    /// <param name="save">Stores the form; returns the refusal to show, or null once stored (or given up).</param>
    public async Task RunAsync(Func<Task<string?>> save)
    {
        if (Saving) return;
        Saving = true;
        Error = null;
        try
        {
            Error = await save();
        }
        catch (Exception)
        {
            Error = failure;
            snackbar.Add(failure, Severity.Error);
        }
        finally
        {
            Saving = false;
        }
    }
}
