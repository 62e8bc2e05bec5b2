using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// The prepared commands of one table group on the writer's connection, prepared once and reused for every batch;
/// <see cref="IngestWriter"/> enlists them in each batch's transaction.
/// </summary>
internal abstract class PreparedStatements(SqliteConnection connection) : IDisposable
{
    private readonly List<SqliteCommand> commands = [];

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

    protected static object Nullable(DateTime? value) => value is { } v ? v : DBNull.Value;

    protected static object Nullable(int? value) => value is { } v ? v : DBNull.Value;

    protected static DateTime? Utc(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal)
            ? null
            : DateTime.SpecifyKind(DateTime.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture), DateTimeKind.Utc);
}
