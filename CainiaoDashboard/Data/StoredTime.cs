using System.Globalization;
using System.Text;
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

    /// <summary><see cref="TextFormat"/> as a string, by the same digit-by-digit writer the ingest writer binds with.</summary>
    public static string ToText(DateTime utc)
    {
        Span<byte> utf8 = stackalloc byte[MaxUtf8Length];
        return Encoding.UTF8.GetString(utf8[..WriteUtf8(utc, utf8)]);
    }

    /// <summary>
    /// <see cref="Parse"/> for stored UTF-8: the store's own form read digit by digit (parcels the writer reads back, the
    /// live pages' rows), anything else through <see cref="Parse"/>.
    /// </summary>
    public static DateTime ParseUtf8(ReadOnlySpan<byte> text) =>
        TryParseStoredForm(text, out var time) ? FromStore(time) : Parse(Encoding.UTF8.GetString(text));

    private static bool TryParseStoredForm(ReadOnlySpan<byte> text, out DateTime time)
    {
        time = default;
        if (text.Length is < 19 or 20 or > MaxUtf8Length || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':') return false;
        if (text.Length > 19 && text[19] != '.') return false;
        if (!TryReadDigits(text[..4], out var year) || !TryReadDigits(text.Slice(5, 2), out var month) || !TryReadDigits(text.Slice(8, 2), out var day)
            || !TryReadDigits(text.Slice(11, 2), out var hour) || !TryReadDigits(text.Slice(14, 2), out var minute) || !TryReadDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        var fraction = 0;
        if (text.Length > 19)
        {
            if (!TryReadDigits(text[20..], out fraction)) return false;
            for (var digits = text.Length - 20; digits < 7; digits++) fraction *= 10;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
        time = new DateTime(year, month, day, hour, minute, second).AddTicks(fraction);
        return true;
    }

    private static bool TryReadDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9') return false;
            value = value * 10 + (digit - '0');
        }

        return true;
    }

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
