using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Data;

/// <summary>
/// Opens the database the way every connection will (pragmas included) and reads its schema before the migrations
/// run, so that a folder, a file that is not SQLite or a place that cannot be written fails with one message naming
/// the setting, the file and the cause, rather than deep inside EF Core (which logs its own errors on the way).
/// </summary>
public static class DatabaseFileCheck
{
    private const int SqliteReadOnly = 8, SqliteBusy = 5, SqliteCorrupt = 11, SqliteCantOpen = 14, SqliteNotADatabase = 26;

    public static void EnsureUsable(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (Directory.Exists(path))
        {
            throw new InvalidOperationException(Message(path, "which is a folder, not a database file"));
        }

        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            SqliteConnectionPragmas.Apply(connection);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master;";
            command.ExecuteScalar();
        }
        catch (SqliteException ex)
        {
            throw Failure(path, ex);
        }
    }

    /// <summary>A SQLite error on the database at <paramref name="path"/>, explained.</summary>
    public static InvalidOperationException Failure(string path, SqliteException error)
    {
        var cause = error.SqliteErrorCode switch
        {
            SqliteNotADatabase => "which is not a SQLite database",
            SqliteCantOpen => "which cannot be opened or created (does its folder exist, and may the app write there?)",
            SqliteReadOnly => "which the app may not write",
            SqliteCorrupt => "which is damaged",
            SqliteBusy => "which another process keeps locked",
            _ => "which cannot be used",
        };
        return new InvalidOperationException(Message(path, $"{cause}; SQLite says: {error.Message.TrimEnd('.')}"), error);
    }

    private static string Message(string path, string cause) => $"{SqliteConnectionStrings.Setting} points to {path}, {cause}.";
}
