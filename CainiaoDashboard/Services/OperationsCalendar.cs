namespace CainiaoDashboard.Services;

/// <summary>
/// The operations day: "today" on the dashboard is the China Standard Time calendar day, the platform's
/// business day, whatever zone a viewer displays times in. Rollup hours are whole UTC hours since the Unix
/// epoch; CST has no daylight saving, so its days are whole hours too.
/// </summary>
public static class OperationsCalendar
{
    public static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static long HourOf(DateTime utc) => (long)Math.Floor((utc - DateTime.UnixEpoch).TotalHours);

    public static DateTime StartOfHour(long hour) => DateTime.UnixEpoch.AddHours(hour);

    /// <summary>The first rollup hour of the CST day that contains <paramref name="utc"/>.</summary>
    public static long StartOfDayHour(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, ChinaStandardTime);
        var midnightUtc = TimeZoneInfo.ConvertTimeToUtc(local.Date, ChinaStandardTime);
        return HourOf(midnightUtc);
    }
}
