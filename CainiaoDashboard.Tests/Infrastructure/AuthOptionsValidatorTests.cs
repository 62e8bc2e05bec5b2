using CainiaoDashboard.Infrastructure;

namespace CainiaoDashboard.Tests.Infrastructure;

public class AuthOptionsValidatorTests
{
    private readonly AuthOptionsValidator validator = new();

    [Fact]
    public void The_defaults_and_a_one_second_revalidation_are_accepted()
    {
        Assert.True(validator.Validate(null, new AuthOptions()).Succeeded);
        Assert.True(validator.Validate(null, new AuthOptions { MaxFailedSignIns = 1, LockoutMinutes = 1, SessionRevalidationSeconds = 1 }).Succeeded);
    }

    [Fact]
    public void Zero_sign_ins_a_negative_lockout_and_a_revalidation_over_an_hour_are_named()
    {
        var result = validator.Validate(null, new AuthOptions { MaxFailedSignIns = 0, LockoutMinutes = -15, SessionRevalidationSeconds = 3_601 });

        Assert.Equal(
            [
                "Auth:MaxFailedSignIns is 0; it must be between 1 and 100.",
                "Auth:LockoutMinutes is -15; it must be between 1 and 10,080.",
                "Auth:SessionRevalidationSeconds is 3601; it must be between 1 and 3,600.",
            ],
            result.Failures);
    }
}
