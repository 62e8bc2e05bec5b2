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

    public PostgresStatement(NpgsqlConnection connection, string sql, params NpgsqlDbType[] types)
    {
        command = new NpgsqlCommand(sql, connection);
        foreach (var type in types) command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type });
        command.Prepare();
    }

    /// <summary>Runs the statement; the rows it changed.</summary>
    public int Execute(params object?[] values)
    {
        Bind(values);
        return command.ExecuteNonQuery();
    }

    /// <summary>The first row mapped by <paramref name="map"/>, or the default when there is none.</summary>
    public T? QueryFirst<T>(Func<NpgsqlDataReader, T> map, params object?[] values)
    {
        Bind(values);
        using var reader = command.ExecuteReader();
        return reader.Read() ? map(reader) : default;
    }

    public List<T> QueryAll<T>(Func<NpgsqlDataReader, T> map, params object?[] values)
    {
        Bind(values);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
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

/// <summary>Reading the writer's rows: nullable columns and UTC times.</summary>
internal static class PostgresRows
{
    public static int? NullableInt32(this NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetInt32(column);

    public static DateTime? Utc(this NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTime.SpecifyKind(reader.GetDateTime(column), DateTimeKind.Utc);
}
