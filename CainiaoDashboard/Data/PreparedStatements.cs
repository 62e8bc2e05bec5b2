using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CainiaoDashboard.Data;

/// <summary>
/// The prepared statements of one table group on the writer's connection, prepared once and reused for every batch.
/// They run through SQLite's statement API inside the transaction the writer holds on the connection: on the hot path
/// <see cref="SqliteCommand"/> cost as much again as the insert itself (a reader per execution, each parameter looked up
/// by name). Values are bound by position, in the order <see cref="Prepare"/> declared the parameters, so each call lists
/// them in the order its SQL names them.
/// </summary>
internal abstract class PreparedStatements(SqliteConnection connection) : IDisposable
{
    private readonly List<Statement> statements = [];

    /// <summary>Where to record each statement's time (benchmarks), under this group's <see cref="Stage"/>; null runs untimed.</summary>
    public StatementTimings? Timings { get; set; }

    protected abstract string Stage { get; }

    private sqlite3 Database => connection.Handle ?? throw new InvalidOperationException("The writer's connection is closed.");

    private nint DatabasePointer => Database.DangerousGetHandle();

    public void Dispose()
    {
        foreach (var statement in statements) statement.Handle.Dispose();
    }

    protected Statement Prepare(string sql, params string[] parameterNames)
    {
        Check(raw.sqlite3_prepare_v3(Database, sql, raw.SQLITE_PREPARE_PERSISTENT, out var handle, out _));
        var positions = parameterNames.Select(name => raw.sqlite3_bind_parameter_index(handle, name)).ToArray();
        if (positions.Contains(0) || positions.Length != raw.sqlite3_bind_parameter_count(handle))
        {
            handle.Dispose();
            throw new ArgumentException($"The parameters {string.Join(", ", parameterNames)} do not match: {sql}");
        }

        var statement = new Statement(handle, positions);
        statements.Add(statement);
        return statement;
    }

    /// <summary>Runs the statement with these values (null stored as NULL); returns the rows it changed.</summary>
    protected int Execute(Statement statement, params ReadOnlySpan<StatementValue> values)
    {
        var started = Timings is null ? 0 : Stopwatch.GetTimestamp();
        try
        {
            Bind(statement, values);
            var rc = NativeStatementCalls.Step(statement.Pointer);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW) Check(rc);
            return NativeStatementCalls.Changes(DatabasePointer);
        }
        finally
        {
            NativeStatementCalls.Reset(statement.Pointer);
            Timings?.Add(Stage, started);
        }
    }

    /// <summary>
    /// Runs an INSERT; the new row's id, or null when it changed nothing (its ON CONFLICT clause skipped the row). Cheaper
    /// than RETURNING, which SQLite collects in a temporary table before handing the first row over.
    /// </summary>
    protected long? ExecuteInsert(Statement statement, params ReadOnlySpan<StatementValue> values) =>
        Execute(statement, values) == 1 ? NativeStatementCalls.LastInsertRowId(DatabasePointer) : null;

    /// <summary>The first row mapped by <paramref name="map"/>, or the default when there is none.</summary>
    protected T? QueryFirst<T>(Statement statement, RowMap<T> map, params ReadOnlySpan<StatementValue> values)
    {
        var started = Timings is null ? 0 : Stopwatch.GetTimestamp();
        try
        {
            Bind(statement, values);
            var rc = NativeStatementCalls.Step(statement.Pointer);
            if (rc == raw.SQLITE_ROW) return map(new StatementRow(statement.Pointer));
            if (rc != raw.SQLITE_DONE) Check(rc);
            return default;
        }
        finally
        {
            NativeStatementCalls.Reset(statement.Pointer);
            Timings?.Add(Stage, started);
        }
    }

    /// <summary>Every row, mapped by <paramref name="map"/>.</summary>
    protected List<T> QueryAll<T>(Statement statement, RowMap<T> map, params ReadOnlySpan<StatementValue> values)
    {
        var started = Timings is null ? 0 : Stopwatch.GetTimestamp();
        try
        {
            Bind(statement, values);
            var rows = new List<T>();
            int rc;
            while ((rc = NativeStatementCalls.Step(statement.Pointer)) == raw.SQLITE_ROW) rows.Add(map(new StatementRow(statement.Pointer)));
            if (rc != raw.SQLITE_DONE) Check(rc);
            return rows;
        }
        finally
        {
            NativeStatementCalls.Reset(statement.Pointer);
            Timings?.Add(Stage, started);
        }
    }

    /// <summary>The first column of the first row as an integer; null when there is no row or it is NULL.</summary>
    protected long? QueryInt64(Statement statement, params ReadOnlySpan<StatementValue> values) =>
        QueryFirst<long?>(statement, static row => row.IsNull(0) ? null : row.Int64(0), values);

    private void Bind(Statement statement, ReadOnlySpan<StatementValue> values)
    {
        var positions = statement.Positions;
        if (values.Length != positions.Length)
        {
            throw new ArgumentException($"{values.Length} values for {positions.Length} parameters of: {raw.sqlite3_sql(statement.Handle).utf8_to_string()}");
        }

        statement.Texts.Clear();
        for (var i = 0; i < values.Length; i++) Check(values[i].Bind(statement.Pointer, positions[i], statement.Texts));
    }

    private void Check(int rc) => SqliteRows.Check(rc, Database);

    /// <summary>A prepared statement and, for each declared parameter in order, its position in the SQL.</summary>
    protected sealed record Statement(sqlite3_stmt Handle, int[] Positions)
    {
        /// <summary>The native statement, for <see cref="NativeStatementCalls"/>: valid while <see cref="Handle"/> is not disposed.</summary>
        public nint Pointer { get; } = Handle.DangerousGetHandle();

        public BoundTexts Texts { get; } = new();
    }

    protected delegate T RowMap<out T>(StatementRow row);
}
