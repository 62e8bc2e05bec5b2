using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace CainiaoDashboard.Data.Postgres;

/// <summary>
/// A command prepared once on the writer's connection, with positional parameters ($1, $2 …) of fixed types, run inside
/// whatever transaction the connection holds. Times are bound as UTC (the store's one convention).
/// </summary>
internal sealed class PostgresStatement : IDisposable
{
    private readonly NpgsqlCommand command;

    /// <summary>Where to record the statement's time (benchmarks), under <see cref="Stage"/>; null runs untimed.</summary>
    public StatementTimings? Timings { get; set; }

    public string Stage { get; set; } = "statements";

    public PostgresStatement(NpgsqlConnection connection, string sql, params NpgsqlDbType[] types)
    {
        command = new NpgsqlCommand(sql, connection);
        foreach (var type in types) command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type });
        command.Prepare();
    }

    /// <summary>Runs the statement; the rows it changed.</summary>
    public int Execute(params object?[] values)
    {
        var started = Timings is null ? 0 : Stopwatch.GetTimestamp();
        Bind(values);
        var changed = command.ExecuteNonQuery();
        Timings?.Add(Stage, started);
        return changed;
    }

    /// <summary>The first row mapped by <paramref name="map"/>, or the default when there is none.</summary>
    public T? QueryFirst<T>(Func<PostgresRow, T> map, params object?[] values)
    {
        var started = Timings is null ? 0 : Stopwatch.GetTimestamp();
        Bind(values);
        using var reader = command.ExecuteReader();
        var row = reader.Read() ? map(new PostgresRow(reader)) : default;
        Timings?.Add(Stage, started);
        return row;
    }

    public List<T> QueryAll<T>(Func<PostgresRow, T> map, params object?[] values)
    {
        var started = Timings is null ? 0 : Stopwatch.GetTimestamp();
        Bind(values);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(new PostgresRow(reader)));
        Timings?.Add(Stage, started);
        return rows;
    }

    private void Bind(object?[] values)
    {
        if (values.Length != command.Parameters.Count)
        {
            throw new ArgumentException($"{values.Length} values for {command.Parameters.Count} parameters of: {command.CommandText}");
        }

        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = Stored(values[i]);
    }

    private static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => value,
    };

    public void Dispose() => command.Dispose();
}

/// <summary>The reader's current row as an <see cref="IStoredRow"/>.</summary>
internal readonly struct PostgresRow(NpgsqlDataReader reader) : IStoredRow
{
    public bool IsNull(int column) => reader.IsDBNull(column);

    public long Int64(int column) => reader.GetInt64(column);

    public int Int32(int column) => reader.GetInt32(column);

    public int? NullableInt32(int column) => IsNull(column) ? null : Int32(column);

    public bool Boolean(int column) => reader.GetBoolean(column);

    // NULL as SQLite's reader gives it: no string.
    public string Text(int column) => IsNull(column) ? null! : reader.GetString(column);

    public DateTime? Utc(int column) => IsNull(column) ? null : DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc);
}
