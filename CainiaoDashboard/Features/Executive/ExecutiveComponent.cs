using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// Base of the executive pages: follows <see cref="ExecutiveUpdates"/> (see <see cref="LiveComponent{T}"/>) and
/// re-reads through <see cref="ExecutiveReads"/>, which shares one read among all pages showing the same view.
/// </summary>
public abstract class ExecutiveComponent : LiveComponent<long>
{
    [Inject] protected ExecutiveUpdates Updates { get; set; } = default!;
    [Inject] protected ExecutiveReads Reads { get; set; } = default!;
    [Inject] protected ILogger<ExecutiveComponent> Logger { get; set; } = default!;

    private static readonly IStringLocalizer Text = Translations.For<ExecutiveComponent>();

    protected override LiveNotifier<long> Notifier => Updates.Updates;

    /// <summary>Set when the last read failed; pages show it instead of figures.</summary>
    protected string? LoadError { get; private set; }

    /// <summary>Reads and recomputes the page's figures for its current parameters.</summary>
    protected abstract Task LoadAsync();

    protected override Task OnPublishedAsync(long version) => ReloadAsync();

    protected async Task ReloadAsync()
    {
        try
        {
            await LoadAsync();
            LoadError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogError(ex, "Reading the executive figures failed.");
            LoadError = Text["The figures could not be read just now. They will be retried when new data arrives; reloading the page retries at once."];
        }
    }
}
