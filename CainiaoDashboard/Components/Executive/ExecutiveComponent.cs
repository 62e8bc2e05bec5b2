using CainiaoDashboard.Services.Executive;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Components.Executive;

/// <summary>
/// Base of the executive pages: after the first interactive render it follows <see cref="ExecutiveUpdates"/>
/// (already throttled, one notifier for all circuits), re-reads through <see cref="ExecutiveReads"/> on the
/// renderer's context, never runs two reads at once, and unsubscribes on dispose. No polling.
/// </summary>
public abstract class ExecutiveComponent : ComponentBase, IDisposable
{
    private bool subscribed;
    private bool disposed;
    private int refreshing;

    [Inject] protected ExecutiveUpdates Updates { get; set; } = default!;
    [Inject] protected ExecutiveReads Reads { get; set; } = default!;
    [Inject] protected ILogger<ExecutiveComponent> Logger { get; set; } = default!;

    /// <summary>Set when the last read failed; pages show it instead of figures.</summary>
    protected string? LoadError { get; private set; }

    /// <summary><see cref="LoadError"/> as a list, for a message list.</summary>
    protected IEnumerable<string> LoadErrors => LoadError is null ? [] : [LoadError];

    /// <summary>Reads and recomputes the page's figures for its current parameters.</summary>
    protected abstract Task LoadAsync();

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
            LoadError = "The figures could not be read just now. They will be retried when new data arrives; reloading the page retries at once.";
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive && !subscribed)
        {
            subscribed = true;
            Updates.Changed += OnChanged;
        }
    }

    private void OnChanged(long version)
    {
        if (disposed || Interlocked.Exchange(ref refreshing, 1) == 1) return;
        _ = InvokeAsync(async () =>
        {
            try
            {
                if (disposed) return;
                await ReloadAsync();
                StateHasChanged();
            }
            finally
            {
                Interlocked.Exchange(ref refreshing, 0);
            }
        }).ContinueWith(t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
    }

    public virtual void Dispose()
    {
        disposed = true;
        if (subscribed) Updates.Changed -= OnChanged;
        GC.SuppressFinalize(this);
    }
}
