using System.Globalization;
using CainiaoDashboard.Services;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Components.Live;

/// <summary>
/// Base for components that follow the live operations snapshot. It subscribes after the first interactive
/// render (never during prerendering), marshals onto the renderer with <c>InvokeAsync</c>, renders at most
/// once per <see cref="RenderInterval"/> however often snapshots arrive, and unsubscribes on dispose.
/// </summary>
public abstract class LiveOperationsComponent : ComponentBase, IDisposable
{
    public static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(500);

    private OperationsSnapshot? pending;
    private int renderScheduled;
    private long lastRenderTicks;
    private bool subscribed;
    private bool disposed;
    // Components are created in the circuit, which runs in the culture of the request that opened it.
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    [Inject] protected LiveOperations Live { get; set; } = default!;

    protected OperationsSnapshot Snapshot { get; private set; } = OperationsSnapshot.Empty;

    protected override void OnInitialized()
    {
        Snapshot = Live.Current;
        OnSnapshotChanged();
    }

    /// <summary>Called on the renderer's context whenever a newer snapshot is taken in.</summary>
    protected abstract void OnSnapshotChanged();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive && !subscribed)
        {
            subscribed = true;
            Live.Published += OnPublished;
            // A snapshot may have been published between OnInitialized and now.
            if (Live.Current.Version != Snapshot.Version) OnPublished(Live.Current);
        }
    }

    private void OnPublished(OperationsSnapshot snapshot)
    {
        Volatile.Write(ref pending, snapshot);
        if (Interlocked.Exchange(ref renderScheduled, 1) == 0)
        {
            _ = RenderSoonAsync();
        }
    }

    private async Task RenderSoonAsync()
    {
        try
        {
            var sinceLast = TimeSpan.FromTicks(Environment.TickCount64 * TimeSpan.TicksPerMillisecond - Interlocked.Read(ref lastRenderTicks));
            if (sinceLast < RenderInterval) await Task.Delay(RenderInterval - sinceLast);
            Interlocked.Exchange(ref renderScheduled, 0);
            if (disposed) return;
            await InvokeAsync(() =>
            {
                if (disposed || Volatile.Read(ref pending) is not { } latest || latest.Version <= Snapshot.Version) return;
                // The publisher's thread carries the process culture, not the circuit's; the render must use the page's.
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
                Snapshot = latest;
                Interlocked.Exchange(ref lastRenderTicks, Environment.TickCount64 * TimeSpan.TicksPerMillisecond);
                OnSnapshotChanged();
                StateHasChanged();
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit closed while a render was pending.
        }
    }

    public virtual void Dispose()
    {
        disposed = true;
        if (subscribed) Live.Published -= OnPublished;
        GC.SuppressFinalize(this);
    }
}
