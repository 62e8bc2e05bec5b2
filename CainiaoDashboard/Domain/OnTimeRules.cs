namespace CainiaoDashboard.Domain;

/// <summary>
/// What every on-time rate counts: a parcel is on time when its first delivery attempt came on or before the
/// original promise, whether or not that attempt delivered it (a refused or missed attempt still met the promise).
/// </summary>
public static class OnTimeRules
{
    public static bool IsOnTime(DateTime firstAttemptUtc, DateTime promisedUtc) => firstAttemptUtc <= promisedUtc;
}
