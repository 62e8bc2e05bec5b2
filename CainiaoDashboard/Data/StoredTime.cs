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
}

/// <summary>Applied to every DateTime property of <see cref="CainiaoDbContext"/>: values come back with Kind=Utc.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(utc => utc, stored => StoredTime.FromStore(stored));
