using System.Text;
using SQLitePCL;

namespace CainiaoDashboard.Data;

/// <summary>
/// The current row of a statement run through SQLite's statement API (<see cref="SqliteRows"/>, the writer's
/// <see cref="PreparedStatements"/>), read through <see cref="NativeStatementCalls"/>; valid only inside the callback it
/// is handed to, while the statement's owner keeps it alive.
/// </summary>
internal readonly ref struct StatementRow(nint statement) : IStoredRow
{
    public bool IsNull(int column) => NativeStatementCalls.ColumnType(statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => NativeStatementCalls.ColumnInt64(statement, column);

    public int Int32(int column) => NativeStatementCalls.ColumnInt32(statement, column);

    public int? NullableInt32(int column) => IsNull(column) ? null : Int32(column);

    public bool Boolean(int column) => Int64(column) != 0;

    /// <summary>The text; null for NULL (<see cref="IStoredRow"/> declares it without, as ADO.NET's readers do).</summary>
    public string Text(int column) => IsNull(column) ? null! : Encoding.UTF8.GetString(NativeStatementCalls.ColumnBytesOf(statement, column));

    // A TEXT column's bytes as stored (UTF-8), with no string in between.
    public DateTime? Utc(int column) => IsNull(column) ? null : StoredTime.ParseUtf8(NativeStatementCalls.ColumnBytesOf(statement, column));
}
