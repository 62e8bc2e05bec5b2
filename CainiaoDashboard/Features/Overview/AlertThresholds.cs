namespace CainiaoDashboard.Features.Overview;

/// <summary>Settings under <c>Alerts</c> in appsettings.json: when the overview raises an alert.</summary>
public sealed class AlertThresholds
{
    public const string Section = "Alerts";

    /// <summary>On-time rate today below which a carrier is flagged (0-1); per-carrier overrides by code.</summary>
    public double CarrierOnTimeBelow { get; set; } = 0.85;

    public Dictionary<string, double> CarrierOnTimeBelowByCarrier { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A carrier needs this many first attempts today before its rate can raise an alert.</summary>
    public int MinimumAttempts { get; set; } = 30;

    /// <summary>Parcels waiting at a hub above which it is flagged.</summary>
    public long HubBacklogAbove { get; set; } = 400;

    /// <summary>Stalled parcels above which the network is flagged.</summary>
    public long StalledAbove { get; set; } = 1500;

    public double OnTimeThresholdFor(string carrierCode) =>
        CarrierOnTimeBelowByCarrier.TryGetValue(carrierCode, out var threshold) ? threshold : CarrierOnTimeBelow;
}
