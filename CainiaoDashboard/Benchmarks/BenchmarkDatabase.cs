using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// A fresh, migrated database in its own temporary directory for one bench command. Disposing it releases the
/// pooled connections and deletes the directory with everything in it.
/// </summary>
public sealed class BenchmarkDatabase : IDisposable
{
    private readonly DirectoryInfo directory;

    private BenchmarkDatabase(DirectoryInfo directory)
    {
        this.directory = directory;
        ConnectionString = $"Data Source={PathOf("bench.db")}";
    }

    public string ConnectionString { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(string bench)
    {
        var database = new BenchmarkDatabase(Directory.CreateTempSubdirectory($"cainiao-bench-{bench}-"));
        try
        {
            await using var db = SqliteOptions.CreateContext(database.ConnectionString);
            await db.Database.MigrateAsync();
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>Another file beside the database, deleted with it.</summary>
    public string PathOf(string file) => Path.Combine(directory.FullName, file);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }
}
