using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CainiaoDashboard.Data;

/// <summary>
/// The store's one time convention: every DateTime column holds UTC as text (Microsoft.Data.Sqlite's format).
/// SQLite keeps no kind, so what is read back is marked Utc here, by EF Core's converter and by the raw-SQL readers,
/// instead of at each query.
/// </summary>
public static class StoredTime
{
    public const string TextFormat = "yyyy-MM-dd HH:mm:ss.FFFFFFF";

    public static DateTime FromStore(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);

    public static DateTime Parse(string text) => FromStore(DateTime.Parse(text, CultureInfo.InvariantCulture));

    public static string ToText(DateTime utc) => utc.ToString(TextFormat, CultureInfo.InvariantCulture);

    /// <summary>The longest text <see cref="WriteUtf8"/> writes: a full seven-digit fraction.</summary>
    public const int MaxUtf8Length = 27;

    /// <summary>
    /// <see cref="TextFormat"/> as UTF-8, written digit by digit: the writer binds a few times per event, millions of
    /// times, and the general custom-format parser was most of that cost. Returns the bytes written.
    /// </summary>
    public static int WriteUtf8(DateTime time, Span<byte> destination)
    {
        var (year, month, day) = time;
        var ofDay = time.TimeOfDay;
        var text = destination[..MaxUtf8Length];
        WriteDigits(text[..4], year);
        text[4] = (byte)'-';
        WriteDigits(text.Slice(5, 2), month);
        text[7] = (byte)'-';
        WriteDigits(text.Slice(8, 2), day);
        text[10] = (byte)' ';
        WriteDigits(text.Slice(11, 2), ofDay.Hours);
        text[13] = (byte)':';
        WriteDigits(text.Slice(14, 2), ofDay.Minutes);
        text[16] = (byte)':';
        WriteDigits(text.Slice(17, 2), ofDay.Seconds);

        // FFFFFFF: the seven digits of the fraction without trailing zeros, and no point when nothing is left.
        var fraction = (int)(ofDay.Ticks % TimeSpan.TicksPerSecond);
        if (fraction == 0) return 19;
        var digits = 7;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        text[19] = (byte)'.';
        WriteDigits(text.Slice(20, digits), fraction);
        return 20 + digits;
    }

    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }
}

/// <summary>Applied to every DateTime property of <see cref="CainiaoDbContext"/>: values come back with Kind=Utc.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(utc => utc, stored => StoredTime.FromStore(stored));
