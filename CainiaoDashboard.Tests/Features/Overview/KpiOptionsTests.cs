using CainiaoDashboard.Features.Overview;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class KpiOptionsTests
{
    private static DateTime At(int hour, int minute) => new(2026, 11, 20, hour, minute, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("SAME_DAY", 10, 30, 6)]  // 4 hours before 10:30 is 06:30: stalled if the last scan was before 06:00
    [InlineData("SAME_DAY", 10, 0, 6)]   // on the hour, the cutoff is that hour
    [InlineData("NEXT_DAY", 11, 59, -1)] // 12 hours before 11:59 is 23:59 the day before
    public void A_parcel_is_stalled_from_the_first_whole_hour_after_its_services_threshold(string service, int hour, int minute, int stalledBeforeHour)
    {
        var expected = new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc).AddHours(stalledBeforeHour);
        Assert.Equal(expected, new KpiOptions().StalledBefore(service, At(hour, minute)));
    }

    [Fact]
    public void A_threshold_in_fractions_of_an_hour_still_cuts_at_a_whole_hour()
    {
        var options = new KpiOptions { StalledAfterHours = { ["SAME_DAY"] = 0.5 } };

        Assert.Equal(At(9, 0), options.StalledBefore("SAME_DAY", At(10, 20)));
        Assert.Equal(At(10, 0), options.StalledBefore("SAME_DAY", At(10, 30)));
        Assert.Equal(DateTimeKind.Utc, options.StalledBefore("SAME_DAY", At(10, 30)).Kind);
    }
}
