using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Tests.Data;

public class SqliteConnectionStringsTests
{
    [Fact]
    public void A_relative_file_lives_under_the_content_root_and_its_folder_is_created()
    {
        using var root = new TempDirectory();

        var resolved = new SqliteConnectionStringBuilder(
            SqliteConnectionStrings.Resolve("Data Source=App_Data/cainiao.db", root.Path));

        Assert.Equal(Path.Combine(root.Path, "App_Data", "cainiao.db"), resolved.DataSource);
        Assert.True(Directory.Exists(Path.Combine(root.Path, "App_Data")));
    }

    [Theory]
    [InlineData(null, "is not set")]
    [InlineData("", "is not set")]
    [InlineData("Data Source=", "no Data Source")]
    [InlineData("Nonsense Keyword=1", "not a valid SQLite connection string")]
    public void A_bad_setting_is_refused_with_a_message_naming_it(string? configured, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SqliteConnectionStrings.Resolve(configured, "/tmp"));

        Assert.Contains("ConnectionStrings:Cainiao", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("Data Source=:memory:", ":memory:")]
    [InlineData("Data Source=shared;Mode=Memory;Cache=Shared", "shared")]
    public void An_in_memory_database_is_refused_since_every_connection_would_get_its_own(string configured, string dataSource)
    {
        var error = Assert.Throws<InvalidOperationException>(() => SqliteConnectionStrings.Resolve(configured, "/tmp"));

        Assert.StartsWith($"ConnectionStrings:Cainiao is an in-memory database ({dataSource}); the dashboard needs a database file", error.Message);
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_named_with_the_file()
    {
        using var root = new TempDirectory();
        File.WriteAllText(root.File("plain.txt"), "a file, not a folder");
        var database = Path.Combine(root.Path, "plain.txt", "cainiao.db");

        var error = Assert.Throws<InvalidOperationException>(() => SqliteConnectionStrings.Resolve($"Data Source={database}", root.Path));

        Assert.StartsWith($"ConnectionStrings:Cainiao points to {database}, whose folder cannot be created: ", error.Message);
    }
}
