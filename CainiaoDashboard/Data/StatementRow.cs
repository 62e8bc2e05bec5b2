using SQLitePCL;

namespace CainiaoDashboard.Data;

/// <summary>
/// The current row of a statement run through SQLite's statement API (<see cref="SqliteRows"/>, the writer's
/// <see cref="PreparedStatements"/>); valid only inside the callback it is handed to.
/// </summary>
internal readonly ref struct StatementRow(sqlite3_stmt statement) : IStoredRow
{
    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    public int Int32(int column) => raw.sqlite3_column_int(statement, column);

    public int? NullableInt32(int column) => IsNull(column) ? null : Int32(column);

    public bool Boolean(int column) => Int64(column) != 0;

    public string Text(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    // A TEXT column's bytes as stored (UTF-8), with no string in between.
    public DateTime? Utc(int column) => IsNull(column) ? null : StoredTime.ParseUtf8(raw.sqlite3_column_blob(statement, column));
}
