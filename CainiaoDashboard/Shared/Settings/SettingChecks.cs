using System.Globalization;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Shared.Settings;

/// <summary>
/// Collects an options validator's failures. Each names the setting by its configuration key (as it is written in
/// appsettings.json or, with <c>__</c> for <c>:</c>, in an environment variable), the value given and what is allowed.
/// </summary>
public sealed class SettingChecks(string section, string? reason = null)
{
    private readonly List<string> failures = [];

    public SettingChecks Between(string name, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            Fail(name, value.ToString(CultureInfo.InvariantCulture), $"between {Number(min)} and {Number(max)}");
        }

        return this;
    }

    public SettingChecks Between(string name, double value, double min, double max)
    {
        // Written so that NaN fails too.
        if (!(value >= min && value <= max))
        {
            Fail(name, value.ToString(CultureInfo.InvariantCulture), $"between {Number(min)} and {Number(max)}");
        }

        return this;
    }

    /// <summary>Each key of a per-code setting (<c>Kpi:StalledAfterHours:NEXT_DAY</c>) must be one of the known codes.</summary>
    public SettingChecks KnownCodes(string name, IEnumerable<string> codes, IReadOnlyList<string> known, string what)
    {
        foreach (var code in codes.Where(code => !known.Contains(code, StringComparer.OrdinalIgnoreCase)))
        {
            failures.Add($"{section}:{name}:{code} is not {what}; use {string.Join(", ", known)}.");
        }

        return this;
    }

    /// <summary>A per-code setting: every key a known code, every value within the range.</summary>
    public SettingChecks PerKnownCode(
        string name, IReadOnlyDictionary<string, double> values, IReadOnlyList<string> known, string what, double min, double max)
    {
        KnownCodes(name, values.Keys, known, what);
        foreach (var (code, value) in values)
        {
            Between($"{name}:{code}", value, min, max);
        }

        return this;
    }

    public ValidateOptionsResult Result() => failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

    private void Fail(string name, string value, string allowed) =>
        failures.Add($"{section}:{name} is {value}; it must be {allowed}{(reason is null ? "" : $" ({reason})")}.");

    private static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);
}
