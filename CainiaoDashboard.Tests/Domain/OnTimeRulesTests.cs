using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Domain;

public class OnTimeRulesTests
{
    private static readonly DateTime Promised = new(2026, 11, 11, 18, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_first_attempt_before_the_promise_is_on_time()
    {
        Assert.True(OnTimeRules.IsOnTime(Promised.AddHours(-3), Promised));
    }

    [Fact]
    public void A_first_attempt_exactly_at_the_promise_is_on_time()
    {
        Assert.True(OnTimeRules.IsOnTime(Promised, Promised));
    }

    [Fact]
    public void A_first_attempt_after_the_promise_is_late()
    {
        Assert.False(OnTimeRules.IsOnTime(Promised.AddSeconds(1), Promised));
    }
}
