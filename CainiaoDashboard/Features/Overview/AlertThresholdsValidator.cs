using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared.Settings;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Overview;

/// <summary>On-time thresholds are rates (0 to 1); counts are not negative; a per-carrier override names a known carrier.</summary>
public sealed class AlertThresholdsValidator : IValidateOptions<AlertThresholds>
{
    public const int MaxMinimumAttempts = 1_000_000;
    public const long MaxParcelCount = 100_000_000;

    private static readonly string[] CarrierCodes = [.. ReferenceData.Carriers.Select(c => c.Code)];

    public ValidateOptionsResult Validate(string? name, AlertThresholds options) =>
        new SettingChecks(AlertThresholds.Section)
            .Between(nameof(options.CarrierOnTimeBelow), options.CarrierOnTimeBelow, 0, 1)
            .PerKnownCode(nameof(options.CarrierOnTimeBelowByCarrier), options.CarrierOnTimeBelowByCarrier, CarrierCodes, "a carrier", 0, 1)
            .Between(nameof(options.MinimumAttempts), options.MinimumAttempts, 0, MaxMinimumAttempts)
            .Between(nameof(options.HubBacklogAbove), options.HubBacklogAbove, 0, MaxParcelCount)
            .Between(nameof(options.StalledAbove), options.StalledAbove, 0, MaxParcelCount)
            .Result();
}
