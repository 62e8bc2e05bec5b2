using CainiaoDashboard.Shared.Settings;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Executive;

public sealed class ExecutiveOptionsValidator : IValidateOptions<ExecutiveOptions>
{
    public const double MinRefreshSeconds = 0.1;
    public const double MaxRefreshSeconds = 3_600;
    public const double MinIdleRefreshSeconds = 1;
    public const double MaxIdleRefreshSeconds = 86_400;

    public ValidateOptionsResult Validate(string? name, ExecutiveOptions options) =>
        new SettingChecks(ExecutiveOptions.Section)
            .Between(nameof(options.RefreshSeconds), options.RefreshSeconds, MinRefreshSeconds, MaxRefreshSeconds)
            .Between(nameof(options.IdleRefreshSeconds), options.IdleRefreshSeconds, MinIdleRefreshSeconds, MaxIdleRefreshSeconds)
            .Result();
}
