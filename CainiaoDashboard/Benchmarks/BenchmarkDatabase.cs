using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// A fresh, migrated database in its own temporary directory for one bench command. Disposing it releases the
/// pooled connections and deletes the directory with everything in it. <c>bench ingest --provider postgres</c> gets
/// one on a PostgreSQL server instead (<see cref="CreateOnServerAsync"/>): a new database, dropped when disposed.
/// </summary>
public sealed class BenchmarkDatabase : IDisposable
{
    private readonly DirectoryInfo directory;
    private readonly Action drop;

    private BenchmarkDatabase(DirectoryInfo directory, StoreConnection store, Func<BenchmarkDatabase, IIngestBaseline> baseline, Action drop)
    {
        this.directory = directory;
        this.drop = drop;
        Store = store;
        Baseline = baseline(this);
    }

    public StoreConnection Store { get; }

    /// <summary>The connection string of a SQLite database (all benches but <c>bench ingest --provider postgres</c>).</summary>
    public string ConnectionString => Store.ConnectionString;

    /// <summary>The plain write <c>bench ingest</c> compares the pipeline with, on this database's engine.</summary>
    public IIngestBaseline Baseline { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(string bench)
    {
        var directory = Directory.CreateTempSubdirectory($"cainiao-bench-{bench}-");
        var store = new StoreConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(directory.FullName, "bench.db")}");
        var database = new BenchmarkDatabase(directory, store, d => new SqliteInsertBaseline(d.PathOf("baseline.db")), SqliteConnection.ClearAllPools);
        return await database.MigrateAsync();
    }

    /// <summary>
    /// A new database with a unique name on the server of <paramref name="serverConnectionString"/>, created through the
    /// server's <c>postgres</c> database (whatever database the string names) and migrated; dropped when disposed.
    /// </summary>
    public static async Task<BenchmarkDatabase> CreateOnServerAsync(string bench, string serverConnectionString)
    {
        var server = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres" }.ConnectionString;
        var name = $"cainiao_bench_{bench}_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        var store = new StoreConnection(DatabaseProvider.Postgres,
            new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString);
        void Drop()
        {
            using (var pooled = new NpgsqlConnection(store.ConnectionString)) NpgsqlConnection.ClearPool(pooled);
            ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
        }

        var database = new BenchmarkDatabase(Directory.CreateTempSubdirectory($"cainiao-bench-{bench}-"), store,
            d => new PostgresCopyBaseline(d.ConnectionString), Drop);
        return await database.MigrateAsync();
    }

    private async Task<BenchmarkDatabase> MigrateAsync()
    {
        try
        {
            await using var db = Store.CreateContext();
            await db.Database.MigrateAsync();
            return this;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The ingest pipeline on this database with the dashboard's default settings, started.</summary>
    /// <param name="timings">Where the writer records its stages' time; null runs untimed.</param>
    public async Task<IngestPipeline> StartPipelineAsync(StatementTimings? timings = null)
    {
        var pipeline = new IngestPipeline(new IngestWriterFactory(Store, timings), Options.Create(new IngestOptions()),
            TimeProvider.System, NullLogger<IngestPipeline>.Instance);
        await pipeline.StartAsync(CancellationToken.None);
        return pipeline;
    }

    /// <summary>Another file beside the database (SQLite) or in a temporary directory of the run (PostgreSQL), deleted with it.</summary>
    public string PathOf(string file) => Path.Combine(directory.FullName, file);

    public void Dispose()
    {
        try
        {
            drop();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
