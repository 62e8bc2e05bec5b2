using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Data;

/// <summary>
/// The prepared commands of one table group on the writer's connection, prepared once and reused for every batch;
/// the ingest writer enlists them in each batch's transaction. Values are bound by position, in the order
/// <see cref="Prepare"/> declared the parameters, so each call lists them in the order its SQL names them.
/// </summary>
internal abstract class PreparedStatements(SqliteConnection connection) : IDisposable
{
    private readonly List<SqliteCommand> commands = [];

    /// <summary>Where to record each statement's time (benchmarks), under this group's <see cref="Stage"/>; null runs untimed.</summary>
    public StatementTimings? Timings { get; set; }

    protected abstract string Stage { get; }

    public void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in commands) command.Transaction = transaction;
    }

    public void Dispose()
    {
        foreach (var command in commands) command.Dispose();
    }

    protected SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        commands.Add(command);
        return command;
    }

    /// <summary>Runs the command with these values (null stored as NULL); returns the rows it changed.</summary>
    protected int Execute(SqliteCommand command, params ReadOnlySpan<object?> values) =>
        Run(command, values, static c => c.ExecuteNonQuery());

    protected object? ExecuteScalar(SqliteCommand command, params ReadOnlySpan<object?> values) =>
        Run(command, values, static c => c.ExecuteScalar());

    /// <summary>The reader's time is recorded when it is opened; reading its row stays untimed.</summary>
    protected SqliteDataReader ExecuteReader(SqliteCommand command, params ReadOnlySpan<object?> values) =>
        Run(command, values, static c => c.ExecuteReader());

    protected static DateTime? Utc(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : StoredTime.Parse(reader.GetString(ordinal));

    private T Run<T>(SqliteCommand command, ReadOnlySpan<object?> values, Func<SqliteCommand, T> run)
    {
        var started = Timings is null ? 0 : Stopwatch.GetTimestamp();
        Bind(command, values);
        var result = run(command);
        Timings?.Add(Stage, started);
        return result;
    }

    private static void Bind(SqliteCommand command, ReadOnlySpan<object?> values)
    {
        var parameters = command.Parameters;
        if (values.Length != parameters.Count)
        {
            throw new ArgumentException($"{values.Length} values for {parameters.Count} parameters of: {command.CommandText}");
        }

        for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
    }
}
