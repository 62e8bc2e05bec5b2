using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Data;

/// <summary>
/// Copies the write-ahead log back into the database file on its own thread and connection, after each of the ingest
/// writer's commits, so that the writer's commits only append to the log. Left to SQLite, the commit that takes the log
/// past its threshold copies the log and syncs the file itself, and with large batches that is every commit: the writer
/// waited for it while the second core sat idle.
/// </summary>
/// <remarks>
/// The writer keeps an automatic checkpoint at <see cref="WriterFallbackPages"/> as a safety net: if this thread falls
/// behind (or a checkpoint fails and the next one has not run yet), the log stays bounded as before.
/// </remarks>
public sealed class WalCheckpointer : IDisposable
{
    /// <summary>The log size (pages) at which the writer checkpoints in its own commit after all: about 400 MB.</summary>
    public const int WriterFallbackPages = 100_000;

    private readonly SqliteConnection connection;
    private readonly AutoResetEvent committed = new(false);
    private readonly Thread thread;
    private volatile bool stopping;

    public WalCheckpointer(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        SqliteConnectionPragmas.Apply(connection);
        thread = new Thread(Run) { IsBackground = true, Name = "WAL checkpointer" };
        thread.Start();
    }

    /// <summary>How many checkpoints ran to the end of the log; a failed one is retried after the next commit.</summary>
    public int Completed { get; private set; }

    /// <summary>The last checkpoint's failure, if it failed; cleared by the next one that succeeds.</summary>
    public Exception? LastFailure { get; private set; }

    /// <summary>A commit happened: checkpoint once this thread is free (signals while it works collapse into one).</summary>
    public void Committed() => committed.Set();

    private void Run()
    {
        using var checkpoint = connection.CreateCommand();
        // PASSIVE never blocks the writer or the dashboards' readers: it copies what no reader still needs.
        checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        while (true)
        {
            committed.WaitOne();
            if (stopping) return;
            try
            {
                using var reader = checkpoint.ExecuteReader();
                reader.Read();
                var logPages = reader.GetInt64(1);
                var copiedPages = reader.GetInt64(2);
                if (logPages == copiedPages) Completed++;
                LastFailure = null;
            }
            catch (SqliteException ex)
            {
                LastFailure = ex;
            }
        }
    }

    public void Dispose()
    {
        stopping = true;
        committed.Set();
        thread.Join();
        committed.Dispose();
        connection.Dispose();
    }
}
