using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Tests.Data;

public class DatabaseFileCheckTests
{
    [Fact]
    public void A_new_file_and_an_existing_database_are_usable()
    {
        using var directory = new TempDirectory();
        var file = directory.File("cainiao.db");

        DatabaseFileCheck.EnsureUsable($"Data Source={file}");
        DatabaseFileCheck.EnsureUsable($"Data Source={file}");

        Assert.True(File.Exists(file));
    }

    [Fact]
    public void A_folder_is_named_as_one()
    {
        using var directory = new TempDirectory();
        var folder = Directory.CreateDirectory(directory.File("cainiao.db")).FullName;

        var error = Assert.Throws<InvalidOperationException>(() => DatabaseFileCheck.EnsureUsable($"Data Source={folder}"));

        Assert.Equal($"ConnectionStrings:Cainiao points to {folder}, which is a folder, not a database file.", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_named_with_the_cause_and_left_as_it_was()
    {
        using var directory = new TempDirectory();
        var file = directory.File("notes.db");
        var text = string.Concat(Enumerable.Repeat("Not a database, but somebody's notes. ", 200));
        File.WriteAllText(file, text);

        var error = Assert.Throws<InvalidOperationException>(() => DatabaseFileCheck.EnsureUsable($"Data Source={file}"));

        Assert.Equal(
            $"ConnectionStrings:Cainiao points to {file}, which is not a SQLite database; SQLite says: SQLite Error 26: 'file is not a database'.",
            error.Message);
        Assert.IsType<SqliteException>(error.InnerException);
        SqliteConnection.ClearAllPools();
        Assert.Equal(text, File.ReadAllText(file));
    }
}
