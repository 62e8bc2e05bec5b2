using System.Text;

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

    /// <summary>
    /// Binds the value at the 1-based <paramref name="position"/>; SQLite's result code. Text goes into
    /// <paramref name="texts"/> when given (read in place), else SQLite takes a copy.
    /// </summary>
    public int Bind(nint statement, int position, BoundTexts? texts = null)
    {
        switch (kind)
        {
            case ValueKind.Integer:
                return NativeStatementCalls.BindInt64(statement, position, number);
            case ValueKind.Text:
                return BindText(statement, position, text!, texts);
            case ValueKind.Time:
                if (texts is not null && texts.Take(StoredTime.MaxUtf8Length) is { Length: > 0 } room)
                {
                    // The text form Microsoft.Data.Sqlite (and so EF Core) stores and reads.
                    var written = StoredTime.WriteUtf8(new DateTime(number), room);
                    texts.Return(room.Length - written);
                    return NativeStatementCalls.BindPinnedText(statement, position, room[..written]);
                }

                Span<byte> utf8 = stackalloc byte[StoredTime.MaxUtf8Length];
                return NativeStatementCalls.BindText(statement, position, utf8[..StoredTime.WriteUtf8(new DateTime(number), utf8)]);
            default:
                return NativeStatementCalls.BindNull(statement, position);
        }
    }

    private static int BindText(nint statement, int position, string text, BoundTexts? texts)
    {
        if (texts is not null && texts.Take(Encoding.UTF8.GetMaxByteCount(text.Length)) is { Length: > 0 } room)
        {
            var written = Encoding.UTF8.GetBytes(text, room);
            texts.Return(room.Length - written);
            return NativeStatementCalls.BindPinnedText(statement, position, room[..written]);
        }

        if (text.Length > MaxStackTextLength) return NativeStatementCalls.BindText(statement, position, Encoding.UTF8.GetBytes(text));

        // Converted on the stack: SQLite copies the text.
        Span<byte> shortText = stackalloc byte[MaxStackTextLength * 3];
        return NativeStatementCalls.BindText(statement, position, shortText[..Encoding.UTF8.GetBytes(text, shortText)]);
    }
}
