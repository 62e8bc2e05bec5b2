namespace CainiaoDashboard.Simulation;

/// <summary>
/// What-if switches for the simulator. Read when a parcel is created: a parcel keeps the plan it was born
/// with, so switching a scenario off does not undo delays already planned.
/// </summary>
/// <param name="SinglesDaySurge">Volume x3 and somewhat slower transit.</param>
/// <param name="DisruptedHubId">Weather at this hub: parcels routed through it are held 12-48 h.</param>
/// <param name="CustomsHoldGatewayId">Customs hold wave at this gateway: cross-border parcels are held 2-5 days.</param>
/// <param name="RateMultiplier">Scales the volume (0 stops new parcels).</param>
public sealed record ScenarioSettings(
    bool SinglesDaySurge = false,
    int? DisruptedHubId = null,
    int? CustomsHoldGatewayId = null,
    double RateMultiplier = 1.0);
