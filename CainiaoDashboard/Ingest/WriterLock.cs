namespace CainiaoDashboard.Ingest;

/// <summary>
/// One process writes to a database file at a time: the writer keeps parcels' state in memory between batches, which
/// another process's writes (a second dashboard, an import while the dashboard runs) would make stale. Held from the
/// pipeline's start to its stop in <c>&lt;database&gt;-writer.lock</c>; the operating system drops the lock with the
/// process, so a crash leaves nothing to clean up.
/// </summary>
public sealed class WriterLock : IDisposable
{
    private readonly FileStream file;

    private WriterLock(FileStream file) => this.file = file;

    public static WriterLock Acquire(string databaseFile)
    {
        var path = databaseFile + "-writer.lock";
        try
        {
            return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new InvalidOperationException(
                $"Another process is writing to {databaseFile} (a running dashboard, or an import): one process writes to a database " +
                "at a time. Stop it first, or send the data to the running dashboard's APIs.", ex);
        }
    }

    public void Dispose() => file.Dispose();
}
