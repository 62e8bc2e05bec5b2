using System.Globalization;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>Operations days (CST) as the executive pages number them and write them in addresses.</summary>
public static class OperationsDays
{
    public static int Today => OperationsCalendar.DayOf(DateTime.UtcNow);

    /// <summary>The day as the pages write it: yyyy-MM-dd.</summary>
    public static string Date(int day) => OperationsCalendar.DateOfDay(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
