using System.Globalization;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Shared;

/// <summary>Both languages write dates as China's operations teams read them; each names months and days in its own words.</summary>
public sealed class DashboardCultureTests
{
    private static readonly DateTime Moment = new(2026, 9, 7, 14, 5, 9);

    [Theory]
    [InlineData("en-GB", "2026-09-07 14:05", "14:05:09", "Mon 7 Sep 2026")]
    [InlineData("zh-CN", "2026-09-07 14:05", "14:05:09", "周一 7 9月 2026")]
    public void Dates_are_iso_times_24_hour_and_weeks_start_on_monday(string name, string general, string time, string worded)
    {
        var culture = DashboardCulture.Find(name)!;

        Assert.Equal(general, Moment.ToString("g", culture));
        Assert.Equal(time, Moment.ToString("T", culture));
        Assert.Equal(worded, Moment.ToString("ddd d MMM yyyy", culture));
        Assert.Equal(DayOfWeek.Monday, culture.DateTimeFormat.FirstDayOfWeek);
        Assert.Equal("1,234,567.8", 1234567.8.ToString("N1", culture));
    }

    [Theory]
    [InlineData("zh-cn", "zh-CN")]
    [InlineData("EN-GB", "en-GB")]
    [InlineData("fr-FR", null)]
    [InlineData(null, null)]
    public void Find_knows_the_two_languages_whatever_the_case(string? name, string? found) =>
        Assert.Equal(found, DashboardCulture.Find(name)?.Name);

    [Fact]
    public void Cultures_are_read_only_so_no_request_can_change_another_s_formats() =>
        Assert.All(DashboardCulture.Supported, c => Assert.True(c.IsReadOnly));
}
