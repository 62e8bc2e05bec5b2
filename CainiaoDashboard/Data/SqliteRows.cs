using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CainiaoDashboard.Data;

/// <summary>
/// Runs a read-only query on an open connection through SQLite's statement API and hands each row over as
/// integers. For the reads of every live refresh, where thousands of small integer rows cross over: the
/// statement API costs a third of what <see cref="SqliteDataReader"/>'s checked getters cost per value.
/// Parameters are <c>?1</c>, <c>?2</c>, … in the order given.
/// </summary>
internal static class SqliteRows
{
    private static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    public static void Read(SqliteConnection connection, string sql, ReadOnlySpan<StatementValue> parameters, RowAction onRow)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            // The pointer is valid while the handle is: the handle finalises the statement when this block ends.
            var pointer = statement.DangerousGetHandle();
            Bind(pointer, parameters, db);
            StepThrough(pointer, db, onRow);
        }
    }

    /// <summary>The query prepared once and run for each item, with the parameters <paramref name="parametersOf"/> gives.</summary>
    public static void ReadEach<T>(
        SqliteConnection connection, string sql, IEnumerable<T> items, Func<T, StatementValue[]> parametersOf, Action<T, StatementRow> onRow)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            var pointer = statement.DangerousGetHandle();
            foreach (var item in items)
            {
                Bind(pointer, parametersOf(item), db);
                StepThrough(pointer, db, row => onRow(item, row));
                NativeStatementCalls.Reset(pointer);
            }
        }
    }

    private static void Bind(nint statement, ReadOnlySpan<StatementValue> parameters, sqlite3 db)
    {
        for (var i = 0; i < parameters.Length; i++) Check(parameters[i].Bind(statement, i + 1), db);
    }

    private static void StepThrough(nint statement, sqlite3 db, RowAction onRow)
    {
        var started = DateTime.UtcNow;
        var rows = 0;
        while (true)
        {
            var rc = NativeStatementCalls.Step(statement);
            if (rc == raw.SQLITE_ROW)
            {
                rows++;
                onRow(new StatementRow(statement));
            }
            else if (rc == raw.SQLITE_DONE) return;
            else if ((rc == raw.SQLITE_BUSY || rc == raw.SQLITE_LOCKED) && rows == 0 && DateTime.UtcNow - started < BusyTimeout)
            {
                // A reader is only held up briefly (WAL checkpoint or recovery): try again from the start.
                NativeStatementCalls.Reset(statement);
                Thread.Sleep(1);
            }
            else Check(rc, db);
        }
    }

    internal static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
    }

    /// <summary>
    /// SQL for up to four small non-negative integer columns (ids, enum values, buckets; each below 65,536) packed
    /// into one 64-bit value, first column highest: one value to fetch per row instead of four.
    /// </summary>
    public static string Packed(params string[] columns)
    {
        if (columns.Length is 0 or > 4) throw new ArgumentOutOfRangeException(nameof(columns));
        return "(" + string.Join(" | ", columns.Select((c, i) => $"(({c}) << {16 * (columns.Length - 1 - i)})")) + ")";
    }

    /// <summary>Field <paramref name="index"/> of <paramref name="count"/> from a value built by <see cref="Packed"/>.</summary>
    public static int Unpack(long packed, int index, int count) => (int)((packed >> (16 * (count - 1 - index))) & 0xFFFF);

    public delegate void RowAction(StatementRow row);
}
