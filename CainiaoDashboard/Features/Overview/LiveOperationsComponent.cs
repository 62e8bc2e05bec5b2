using CainiaoDashboard.Shared.Live;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Features.Overview;

/// <summary>Base for components that follow the live operations snapshot (see <see cref="LiveComponent{T}"/>).</summary>
public abstract class LiveOperationsComponent : LiveComponent<OperationsSnapshot>
{
    [Inject] protected LiveOperations Live { get; set; } = default!;

    protected override LiveNotifier<OperationsSnapshot> Notifier => Live.Updates;

    protected OperationsSnapshot Snapshot { get; private set; } = OperationsSnapshot.Empty;

    protected override void OnInitialized()
    {
        Snapshot = Live.Current;
        OnSnapshotChanged();
    }

    /// <summary>
    /// Called on the renderer's context whenever a newer snapshot is taken in. Components whose response awaits
    /// (shared caches) override <see cref="OnPublishedAsync"/> instead.
    /// </summary>
    protected virtual void OnSnapshotChanged()
    {
    }

    protected override Task OnPublishedAsync(OperationsSnapshot value)
    {
        Snapshot = value;
        OnSnapshotChanged();
        return Task.CompletedTask;
    }
}
