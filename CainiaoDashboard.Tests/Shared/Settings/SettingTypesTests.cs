using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared.Settings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Shared.Settings;

public class SettingTypesTests
{
    private static IConfigurationSection Section(string name, Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(name);

    [Fact]
    public void Values_that_convert_pass_including_invariant_decimals_and_booleans()
    {
        var section = Section("Alerts", new()
        {
            ["Alerts:CarrierOnTimeBelow"] = "0.9",
            ["Alerts:MinimumAttempts"] = "30",
            ["Alerts:CarrierOnTimeBelowByCarrier:ZTO"] = "0.8",
            ["Alerts:Unbound"] = "anything",
        });

        Assert.Empty(SettingTypes.Unconvertible(typeof(AlertThresholds), section));
    }

    [Fact]
    public void Each_value_that_does_not_convert_is_named_by_its_key_with_the_kind_of_value_wanted()
    {
        var section = Section("Alerts", new()
        {
            ["Alerts:CarrierOnTimeBelow"] = "high",
            ["Alerts:MinimumAttempts"] = "2.5",
            ["Alerts:HubBacklogAbove"] = "99999999999999999999",
            ["Alerts:CarrierOnTimeBelowByCarrier:STO"] = "",
        });

        Assert.Equal(
            [
                "Alerts:CarrierOnTimeBelow is 'high', which is not a number.",
                "Alerts:CarrierOnTimeBelowByCarrier:STO is '', which is not a number.",
                "Alerts:MinimumAttempts is '2.5', which is not a whole number.",
                "Alerts:HubBacklogAbove is '99999999999999999999', which is not a whole number.",
            ],
            SettingTypes.Unconvertible(typeof(AlertThresholds), section));
    }

    [Fact]
    public void A_bad_value_stops_the_options_as_a_validation_failure()
    {
        var section = Section("Simulator", new() { ["Simulator:Enabled"] = "yes" });

        var error = Assert.Throws<OptionsValidationException>(() => SettingTypes.ThrowIfUnconvertible<CainiaoDashboard.Simulation.SimulatorOptions>(section));

        Assert.Equal(["Simulator:Enabled is 'yes', which is not true or false."], error.Failures);
    }
}
