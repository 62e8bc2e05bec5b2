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
        catch (IOException ex) when (IsHeldElsewhere(ex, path))
        {
            throw new InvalidOperationException(
                $"Another process is writing to {databaseFile} (a running dashboard, or an import): one process writes to a database " +
                "at a time. Stop it first, or send the data to the running dashboard's APIs.", ex);
        }
    }

    /// <summary>
    /// Fails, naming the file, when another process writes to the database. Any other trouble with the lock file (a
    /// folder that does not exist or cannot be written) is left to the database's own start-up checks, which say it
    /// better; the pipeline's start meets it again if they pass.
    /// </summary>
    public static void EnsureNoOtherWriter(string databaseFile)
    {
        try
        {
            Acquire(databaseFile).Dispose();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Whether opening failed because another process holds the file: Windows says so by its error code; on Linux and
    /// macOS the held lock comes back as a plain <see cref="IOException"/> on a file that exists, where a missing
    /// folder or an unwritable place raises one of its subclasses or <see cref="UnauthorizedAccessException"/>.
    /// </summary>
    private static bool IsHeldElsewhere(IOException ex, string path) =>
        ex.HResult == unchecked((int)0x80070020) || (ex.GetType() == typeof(IOException) && File.Exists(path));

    public void Dispose() => file.Dispose();
}
