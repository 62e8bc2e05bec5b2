namespace CainiaoDashboard.Domain;

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

    private static readonly long ChinaOffsetTicks = ChinaStandardTime.BaseUtcOffset.Ticks;
    private static readonly long UnixEpochDays = DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerDay;

    /// <summary>The CST calendar day of an instant, as whole days since 1970-01-01 (the executive rollups' day key).</summary>
    public static int DayOf(DateTime utc) => (int)((utc.Ticks + ChinaOffsetTicks) / TimeSpan.TicksPerDay - UnixEpochDays);

    /// <summary>The CST calendar day as a date.</summary>
    public static DateOnly DateOfDay(int day) => DateOnly.FromDayNumber((int)(UnixEpochDays + day));

    /// <summary>The day key of a CST calendar date.</summary>
    public static int DayOf(DateOnly date) => (int)(date.DayNumber - UnixEpochDays);

    /// <summary>The UTC instant at which a CST day starts.</summary>
    public static DateTime StartOfDayUtc(int day) => new((UnixEpochDays + day) * TimeSpan.TicksPerDay - ChinaOffsetTicks, DateTimeKind.Utc);
}
