using CainiaoDashboard.Features.Overview;

namespace CainiaoDashboard.Tests.Features.Overview;

public class AlertThresholdsValidatorTests
{
    private readonly AlertThresholdsValidator validator = new();

    [Fact]
    public void The_defaults_and_a_per_carrier_override_are_accepted()
    {
        var options = new AlertThresholds { CarrierOnTimeBelow = 0, MinimumAttempts = 0, HubBacklogAbove = 0, StalledAbove = 0 };
        options.CarrierOnTimeBelowByCarrier["zto"] = 1;

        Assert.True(validator.Validate(null, new AlertThresholds()).Succeeded);
        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Rates_outside_0_to_1_negative_counts_and_unknown_carriers_are_each_named()
    {
        var options = new AlertThresholds { CarrierOnTimeBelow = 1.5, MinimumAttempts = -1, HubBacklogAbove = -2, StalledAbove = 100_000_001 };
        options.CarrierOnTimeBelowByCarrier["STO"] = -0.1;
        options.CarrierOnTimeBelowByCarrier["DHL"] = 0.9;

        Assert.Equal(
            [
                "Alerts:CarrierOnTimeBelow is 1.5; it must be between 0 and 1.",
                "Alerts:CarrierOnTimeBelowByCarrier:DHL is not a carrier; use ZTO, STO, YTO, USPS, SINGPOST, CORREOS.",
                "Alerts:CarrierOnTimeBelowByCarrier:STO is -0.1; it must be between 0 and 1.",
                "Alerts:HubBacklogAbove is -2; it must be between 0 and 100,000,000.",
                "Alerts:MinimumAttempts is -1; it must be between 0 and 1,000,000.",
                "Alerts:StalledAbove is 100000001; it must be between 0 and 100,000,000.",
            ],
            validator.Validate(null, options).Failures!.Order(StringComparer.Ordinal));
    }
}
