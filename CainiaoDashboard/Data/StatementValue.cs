using System.Text;
using SQLitePCL;

namespace CainiaoDashboard.Data;

/// <summary>
/// One value for a prepared statement, converted implicitly from what the writer binds (integers, text, times, nulls)
/// without boxing, and times written as UTF-8 text without a string in between: the writer binds a dozen values per
/// statement, millions of times, and boxing them was most of what it allocated.
/// </summary>
internal readonly struct StatementValue
{
    private readonly long number;
    private readonly string? text;
    private readonly ValueKind kind;

    private StatementValue(ValueKind kind, long number = 0, string? text = null)
    {
        this.kind = kind;
        this.number = number;
        this.text = text;
    }

    private enum ValueKind : byte
    {
        Null,
        Integer,
        Text,
        Time,
    }

    public static implicit operator StatementValue(long value) => new(ValueKind.Integer, value);

    public static implicit operator StatementValue(int value) => new(ValueKind.Integer, value);

    public static implicit operator StatementValue(bool value) => new(ValueKind.Integer, value ? 1 : 0);

    public static implicit operator StatementValue(DateTime value) => new(ValueKind.Time, value.Ticks);

    public static implicit operator StatementValue(string? value) => value is null ? Null : new(ValueKind.Text, text: value);

    public static implicit operator StatementValue(long? value) => value is { } v ? new(ValueKind.Integer, v) : Null;

    public static implicit operator StatementValue(int? value) => value is { } v ? new(ValueKind.Integer, v) : Null;

    public static implicit operator StatementValue(DateTime? value) => value is { } v ? new(ValueKind.Time, v.Ticks) : Null;

    public static StatementValue Null => default;

    /// <summary>Tracking numbers, event codes and texts, names: all of the writer's text values are shorter.</summary>
    private const int MaxStackTextLength = 128;

    /// <summary>Binds the value at the 1-based <paramref name="position"/>; SQLite's result code.</summary>
    public int Bind(sqlite3_stmt statement, int position)
    {
        switch (kind)
        {
            case ValueKind.Integer:
                return raw.sqlite3_bind_int64(statement, position, number);
            case ValueKind.Text when text!.Length <= MaxStackTextLength:
                // SQLitePCL's string overload allocates the UTF-8 copy on the heap; SQLite copies it again either way.
                Span<byte> shortText = stackalloc byte[MaxStackTextLength * 3];
                return raw.sqlite3_bind_text(statement, position, shortText[..Encoding.UTF8.GetBytes(text, shortText)]);
            case ValueKind.Text:
                return raw.sqlite3_bind_text(statement, position, text);
            case ValueKind.Time:
                // The text form Microsoft.Data.Sqlite (and so EF Core) stores and reads.
                Span<byte> utf8 = stackalloc byte[StoredTime.MaxUtf8Length];
                return raw.sqlite3_bind_text(statement, position, utf8[..StoredTime.WriteUtf8(new DateTime(number), utf8)]);
            default:
                return raw.sqlite3_bind_null(statement, position);
        }
    }
}
