namespace CainiaoDashboard.Domain;

/// <summary>
/// Lateness against the original promise, a dimension separate from status. A delivered parcel's lateness
/// is settled and stored; an open parcel's follows the clock, so it is derived when read.
/// </summary>
public static class LatenessRules
{
    /// <summary>Share of the promise window: delivered this far ahead counts as early; this close to the promise while open, at risk.</summary>
    public const double Margin = 0.25;

    public static Lateness OfDelivered(DateTime deliveredUtc, DateTime createdUtc, DateTime promisedUtc)
    {
        if (deliveredUtc > promisedUtc) return Lateness.Late;
        return deliveredUtc <= promisedUtc - Window(createdUtc, promisedUtc) * Margin ? Lateness.Early : Lateness.OnTrack;
    }

    public static Lateness OfOpen(DateTime nowUtc, DateTime createdUtc, DateTime promisedUtc)
    {
        if (nowUtc > promisedUtc) return Lateness.Late;
        return nowUtc >= AtRiskFrom(createdUtc, promisedUtc) ? Lateness.AtRisk : Lateness.OnTrack;
    }

    /// <summary>When an open parcel becomes at risk: the last quarter of its promise window.</summary>
    public static DateTime AtRiskFrom(DateTime createdUtc, DateTime promisedUtc) =>
        promisedUtc - Window(createdUtc, promisedUtc) * Margin;

    private static TimeSpan Window(DateTime createdUtc, DateTime promisedUtc) =>
        promisedUtc > createdUtc ? promisedUtc - createdUtc : TimeSpan.Zero;
}
