using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared.Settings;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Overview;

/// <summary>A stalled threshold must belong to a known service level (a misspelt code would be ignored) and be positive.</summary>
public sealed class KpiOptionsValidator : IValidateOptions<KpiOptions>
{
    public const double MinStalledAfterHours = 0.1;
    public const double MaxStalledAfterHours = 720;

    private static readonly string[] ServiceLevelCodes = [.. ReferenceData.ServiceLevels.Select(s => s.Code)];

    public ValidateOptionsResult Validate(string? name, KpiOptions options) =>
        new SettingChecks(KpiOptions.Section)
            .PerKnownCode(nameof(options.StalledAfterHours), options.StalledAfterHours, ServiceLevelCodes, "a service level",
                MinStalledAfterHours, MaxStalledAfterHours)
            .Result();
}
