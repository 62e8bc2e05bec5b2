using CainiaoDashboard.Features.Executive;

namespace CainiaoDashboard.Tests.Features.Executive;

public class ExecutiveOptionsValidatorTests
{
    private readonly ExecutiveOptionsValidator validator = new();

    [Fact]
    public void The_defaults_and_a_fast_test_refresh_are_accepted()
    {
        Assert.True(validator.Validate(null, new ExecutiveOptions()).Succeeded);
        Assert.True(validator.Validate(null, new ExecutiveOptions { RefreshSeconds = 0.1, IdleRefreshSeconds = 1 }).Succeeded);
    }

    [Fact]
    public void Refresh_intervals_out_of_range_are_named()
    {
        var result = validator.Validate(null, new ExecutiveOptions { RefreshSeconds = 0, IdleRefreshSeconds = 86_401 });

        Assert.Equal(
            ["Executive:RefreshSeconds is 0; it must be between 0.1 and 3,600.", "Executive:IdleRefreshSeconds is 86401; it must be between 1 and 86,400."],
            result.Failures);
    }
}
