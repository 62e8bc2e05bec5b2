using CainiaoDashboard.Shared.Settings;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Simulation;

public sealed class SeedOptionsValidator : IValidateOptions<SeedOptions>
{
    public const int MaxHistoryDays = 366;

    public ValidateOptionsResult Validate(string? name, SeedOptions options) =>
        new SettingChecks(SeedOptions.Section)
            .Between(nameof(options.HistoryDays), options.HistoryDays, 0, MaxHistoryDays)
            .Result();
}
