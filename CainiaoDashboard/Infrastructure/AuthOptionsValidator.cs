using CainiaoDashboard.Shared.Settings;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Infrastructure;

public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public const int MaxFailedSignIns = 100;
    public const int MaxLockoutMinutes = 10_080;
    public const int MaxSessionRevalidationSeconds = 3_600;

    public ValidateOptionsResult Validate(string? name, AuthOptions options) =>
        new SettingChecks(AuthOptions.Section)
            .Between(nameof(options.MaxFailedSignIns), options.MaxFailedSignIns, 1, MaxFailedSignIns)
            .Between(nameof(options.LockoutMinutes), options.LockoutMinutes, 1, MaxLockoutMinutes)
            .Between(nameof(options.SessionRevalidationSeconds), options.SessionRevalidationSeconds, 1, MaxSessionRevalidationSeconds)
            .Result();
}
