using CainiaoDashboard.Features.Overview;

namespace CainiaoDashboard.Tests.Features.Overview;

public class KpiOptionsValidatorTests
{
    private readonly KpiOptionsValidator validator = new();

    [Fact]
    public void The_default_thresholds_are_accepted() => Assert.True(validator.Validate(null, new KpiOptions()).Succeeded);

    [Fact]
    public void A_threshold_must_be_positive_at_most_30_days_and_for_a_known_service_level()
    {
        var options = new KpiOptions();
        options.StalledAfterHours["NEXT_DAY"] = 0;
        options.StalledAfterHours["STANDARD"] = 721;
        options.StalledAfterHours["NEXTDAY"] = 12;

        Assert.Equal(
            [
                "Kpi:StalledAfterHours:NEXTDAY is not a service level; use SAME_DAY, NEXT_DAY, STANDARD, CROSS_BORDER.",
                "Kpi:StalledAfterHours:NEXT_DAY is 0; it must be between 0.1 and 720.",
                "Kpi:StalledAfterHours:STANDARD is 721; it must be between 0.1 and 720.",
            ],
            validator.Validate(null, options).Failures!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_threshold_that_is_not_a_number_is_refused()
    {
        var options = new KpiOptions();
        options.StalledAfterHours["SAME_DAY"] = double.NaN;

        Assert.Equal(["Kpi:StalledAfterHours:SAME_DAY is NaN; it must be between 0.1 and 720."], validator.Validate(null, options).Failures);
    }
}
