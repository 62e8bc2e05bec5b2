using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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

    /// <summary>The ingest pipeline on this database with the dashboard's default settings, started.</summary>
    /// <param name="timings">Where the writer records its stages' time; null runs untimed.</param>
    public async Task<IngestPipeline> StartPipelineAsync(StatementTimings? timings = null)
    {
        var pipeline = new IngestPipeline(new IngestWriterFactory(ConnectionString, timings), Options.Create(new IngestOptions()),
            TimeProvider.System, NullLogger<IngestPipeline>.Instance);
        await pipeline.StartAsync(CancellationToken.None);
        return pipeline;
    }

    /// <summary>Another file beside the database, deleted with it.</summary>
    public string PathOf(string file) => Path.Combine(directory.FullName, file);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }
}
