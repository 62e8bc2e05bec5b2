using System.Globalization;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Reads a time as the sender wrote it (a carrier's scan, a complaint's filing). An offset (<c>Z</c> or <c>+08:00</c>) is required: a time
/// without one could be China time or UTC, and guessing shifts a scan by eight hours.
/// </summary>
public static class EventTimeText
{
    public const string Example = "2026-12-02T10:00:00+08:00 or 2026-12-02T02:00:00Z";

    // ".FFFFFFF" makes the fraction (and its dot) optional.
    private static readonly string[] WithOffset = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'z'"];
    private static readonly string[] WithoutOffset = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm"];

    /// <summary>The time, or the reason it cannot be read.</summary>
    /// <param name="field">The field's name in the messages: <c>eventTime</c>, <c>filedAt</c>.</param>
    public static string? Check(string? text, out DateTimeOffset time, string field = "eventTime")
    {
        time = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)) return $"missing field: {field}";
        if (DateTimeOffset.TryParseExact(trimmed, WithOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time)) return null;
        return DateTime.TryParseExact(trimmed, WithoutOffset, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? $"{field} has no UTC offset: write it like {Example}"
            : $"{field} is not a time: write it like {Example}";
    }
}
