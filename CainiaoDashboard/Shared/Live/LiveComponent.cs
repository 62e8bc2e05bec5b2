using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Shared.Live;

/// <summary>
/// The one component-side half of live updates: it follows a <see cref="LiveNotifier{T}"/> from the first interactive
/// render on (never while prerendering), takes each value in on the renderer's context with <c>InvokeAsync</c>, at most
/// once per <see cref="RenderInterval"/> and never two at once (values arriving meanwhile coalesce into the newest),
/// hands failures to the renderer with <c>DispatchExceptionAsync</c>, and unsubscribes on dispose.
/// </summary>
public abstract class LiveComponent<T> : ComponentBase, IDisposable
{
    public static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(500);

    private readonly Lock gate = new();
    private IDisposable? subscription;
    private bool hasSeen;
    private T seen = default!;
    private T pending = default!;
    private bool hasPending;
    private bool delivering;
    private DateTimeOffset lastDelivered = DateTimeOffset.MinValue;
    private volatile bool disposed;

    /// <summary>The circuit's language, which a render pushed from the notifier's thread must take on.</summary>
    [Inject] private CircuitCulture CircuitCulture { get; set; } = default!;

    /// <summary>The notifier this component follows.</summary>
    protected abstract LiveNotifier<T> Notifier { get; }

    /// <summary>The clock that paces renders: wall time, replaced in tests.</summary>
    protected virtual TimeProvider RenderClock => TimeProvider.System;

    /// <summary>Whether a value concerns this component at all; others are dropped before any work is scheduled.</summary>
    protected virtual bool Concerns(T value) => true;

    /// <summary>Called on the renderer's context with the newest value; the component renders after it.</summary>
    protected abstract Task OnPublishedAsync(T value);

    public override Task SetParametersAsync(ParameterView parameters)
    {
        // The value the first render shows: anything newer is taken in once subscribed.
        if (!hasSeen) (seen, hasSeen) = (Notifier.Current, true);
        return base.SetParametersAsync(parameters);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive || subscription is not null || disposed) return;
        subscription = Notifier.Subscribe(OnPublished);
        // A value may have been published between the first render's read and now.
        if (!EqualityComparer<T>.Default.Equals(Notifier.Current, seen)) OnPublished(Notifier.Current);
    }

    private void OnPublished(T value)
    {
        if (disposed || !Concerns(value)) return;
        lock (gate)
        {
            (pending, hasPending) = (value, true);
            if (delivering) return;
            delivering = true;
        }

        _ = DeliverAsync();
    }

    private async Task DeliverAsync()
    {
        try
        {
            var wait = RenderInterval - (RenderClock.GetUtcNow() - lastDelivered);
            if (wait > TimeSpan.Zero) await Task.Delay(wait, RenderClock);
            if (!disposed) await InvokeAsync(TakeInNewestAsync);
        }
        catch (ObjectDisposedException)
        {
            // The circuit closed while a value was pending.
        }
        catch (Exception ex) when (!disposed)
        {
            await DispatchExceptionAsync(ex);
        }
        finally
        {
            bool again;
            lock (gate) delivering = again = hasPending && !disposed;
            if (again) _ = DeliverAsync();
        }
    }

    private async Task TakeInNewestAsync()
    {
        T value;
        lock (gate)
        {
            if (!hasPending) return;
            (value, hasPending) = (pending, false);
        }

        if (disposed || EqualityComparer<T>.Default.Equals(value, seen)) return;
        seen = value;
        lastDelivered = RenderClock.GetUtcNow();
        // The notifier's thread carries the process culture, not the circuit's; the render must use the page's.
        CircuitCulture.Apply();
        await OnPublishedAsync(value);
        StateHasChanged();
    }

    public virtual void Dispose()
    {
        disposed = true;
        subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
