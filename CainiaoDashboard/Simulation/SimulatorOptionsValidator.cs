using CainiaoDashboard.Shared.Settings;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// Checks the simulator's settings only when they are used: the volume and the carriers' habits whenever traffic is generated (live, or to
/// seed history on a first start), the tick only for live traffic. A switched-off simulator with nothing to seed
/// starts whatever they say.
/// </summary>
public sealed class SimulatorOptionsValidator(IOptions<SeedOptions> seed) : IValidateOptions<SimulatorOptions>
{
    public const int MaxParcelsPerDay = 1_000_000;
    public const int MinTickMilliseconds = 50;
    public const int MaxTickMilliseconds = 60_000;

    /// <summary>More than half the traffic re-sent or late would no longer be a habit but a broken carrier.</summary>
    public const double MaxHabitPercent = 50;

    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        var historyDays = seed.Value.HistoryDays;
        if (!options.Enabled && historyDays <= 0)
        {
            return ValidateOptionsResult.Skip;
        }

        var reason = options.Enabled ? null : $"it seeds {SeedOptions.Section}:{nameof(SeedOptions.HistoryDays)} = {historyDays} days of history";
        var checks = new SettingChecks(SimulatorOptions.Section, reason)
            .Between(nameof(options.ParcelsPerDay), options.ParcelsPerDay, 0, MaxParcelsPerDay)
            .Between(nameof(options.ResentPercent), options.ResentPercent, 0, MaxHabitPercent)
            .Between(nameof(options.LatePercent), options.LatePercent, 0, MaxHabitPercent);
        if (options.Enabled)
        {
            checks.Between(nameof(options.TickMilliseconds), options.TickMilliseconds, MinTickMilliseconds, MaxTickMilliseconds);
        }

        return checks.Result();
    }
}
