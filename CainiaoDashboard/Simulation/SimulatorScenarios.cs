using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// The scenario switches, shared between the UI (writer) and the engine (reader). The settings are an
/// immutable record swapped atomically, so a reader always sees one consistent set. Open admin pages follow
/// <see cref="Updates"/>.
/// </summary>
public sealed class SimulatorScenarios : IDisposable
{
    private readonly Lock gate = new();
    private volatile ScenarioSettings current = new();

    public SimulatorScenarios() : this(TimeProvider.System)
    {
    }

    /// <param name="pacing">The clock that paces notifications (wall time; a manual clock in tests).</param>
    public SimulatorScenarios(TimeProvider pacing)
    {
        Updates = new LiveNotifier<ScenarioSettings>(current, _ => Task.FromResult(current), new LivePacing(TimeSpan.Zero), pacing,
            NullLogger.Instance);
        Updates.Start();
    }

    public ScenarioSettings Current => current;

    /// <summary>The settings in effect, for pages to follow.</summary>
    public LiveNotifier<ScenarioSettings> Updates { get; }

    public void Set(ScenarioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Validate(settings);

        lock (gate)
        {
            if (settings == current)
            {
                return;
            }

            current = settings;
        }

        Updates.Signal();
    }

    private static void Validate(ScenarioSettings settings)
    {
        if (!double.IsFinite(settings.RateMultiplier) || settings.RateMultiplier is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.RateMultiplier, "RateMultiplier must be between 0 and 100.");
        }

        if (settings.DisruptedHubId is { } hubId && ReferenceData.Hubs.All(h => h.Id != hubId))
        {
            throw new ArgumentOutOfRangeException(nameof(settings), hubId, "DisruptedHubId is not a known hub.");
        }

        if (settings.CustomsHoldGatewayId is { } gatewayId
            && !ReferenceData.Hubs.Any(h => h.Id == gatewayId && h.Kind == HubKind.Gateway))
        {
            throw new ArgumentOutOfRangeException(nameof(settings), gatewayId, "CustomsHoldGatewayId is not a gateway hub.");
        }
    }

    public void Dispose() => Updates.Dispose();
}
