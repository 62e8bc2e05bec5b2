using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// The scenario switches, shared between the UI (writer) and the engine (reader). The settings are an
/// immutable record swapped atomically, so a reader always sees one consistent set.
/// </summary>
public sealed class SimulatorScenarios
{
    private readonly Lock gate = new();
    private volatile ScenarioSettings current = new();

    public ScenarioSettings Current => current;

    /// <summary>Raised on the caller's thread after a change; handlers must not block.</summary>
    public event Action<ScenarioSettings>? Changed;

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

        Changed?.Invoke(settings);
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
}
