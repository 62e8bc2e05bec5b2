using CainiaoDashboard.Data;
using CainiaoDashboard.Infrastructure;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Services;

/// <summary>A stalled threshold must belong to a known service level (a misspelt code would be ignored) and be positive.</summary>
public sealed class KpiOptionsValidator : IValidateOptions<KpiOptions>
{
    public const double MinStalledAfterHours = 0.1;
    public const double MaxStalledAfterHours = 720;

    private static readonly string[] ServiceLevelCodes = [.. ReferenceData.ServiceLevels.Select(s => s.Code)];

    public ValidateOptionsResult Validate(string? name, KpiOptions options)
    {
        var checks = new SettingChecks(KpiOptions.Section)
            .KnownCodes(nameof(options.StalledAfterHours), options.StalledAfterHours.Keys, ServiceLevelCodes, "a service level");
        foreach (var (service, hours) in options.StalledAfterHours)
        {
            checks.Between($"{nameof(options.StalledAfterHours)}:{service}", hours, MinStalledAfterHours, MaxStalledAfterHours);
        }

        return checks.Result();
    }
}
