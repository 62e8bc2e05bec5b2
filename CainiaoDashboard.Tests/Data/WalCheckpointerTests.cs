using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Tests.Data;

public sealed class WalCheckpointerTests : IDisposable
{
    private readonly TempDirectory directory = new();

    [Fact]
    public async Task After_a_commit_the_log_is_copied_into_the_database_file_off_the_writer_s_thread()
    {
        var file = directory.File("wal.db");
        var connectionString = $"Data Source={file}";
        using var writer = new SqliteConnection(connectionString);
        writer.Open();
        SqliteConnectionPragmas.Apply(writer);
        Execute(writer, "PRAGMA wal_autocheckpoint = 0; CREATE TABLE Rows (Text TEXT NOT NULL);");
        using var checkpointer = new WalCheckpointer(connectionString);
        var emptyFile = new FileInfo(file).Length;

        using (var transaction = writer.BeginTransaction())
        {
            Execute(writer, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) INSERT INTO Rows SELECT printf('row %08d', i) FROM n");
            transaction.Commit();
        }

        Assert.Equal(emptyFile, new FileInfo(file).Length);
        checkpointer.Committed();

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (checkpointer.Completed == 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.Equal(1, checkpointer.Completed);
        Assert.Null(checkpointer.LastFailure);
        Assert.True(new FileInfo(file).Length > emptyFile + 5000 * 12, "the rows are in the database file itself");
    }

    [Fact]
    public async Task Disposing_stops_the_thread_whether_or_not_a_commit_was_signalled()
    {
        var connectionString = $"Data Source={directory.File("idle.db")}";
        var idle = new WalCheckpointer(connectionString);
        var signalled = new WalCheckpointer(connectionString);
        signalled.Committed();

        var disposing = Task.Run(() =>
        {
            idle.Dispose();
            signalled.Dispose();
        }, TestContext.Current.CancellationToken);

        await disposing.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => directory.Dispose();
}
