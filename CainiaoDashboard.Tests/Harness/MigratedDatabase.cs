using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>A fresh SQLite file with every migration applied, in a temporary folder deleted on dispose.</summary>
public sealed class MigratedDatabase : IDisposable
{
    private readonly TempDirectory directory = new();

    private MigratedDatabase(string fileName)
    {
        ConnectionString = $"Data Source={directory.File(fileName)}";
        Contexts = SqliteOptions.CreateFactory(ConnectionString);
    }

    public string ConnectionString { get; }

    /// <summary>The temporary folder holding the file, for scratch files that go with it.</summary>
    public string FolderPath => directory.Path;

    public IDbContextFactory<CainiaoDbContext> Contexts { get; }

    public static async Task<MigratedDatabase> CreateAsync(string fileName = "test.db")
    {
        var database = new MigratedDatabase(fileName);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public CainiaoDbContext NewContext() => SqliteOptions.CreateContext(ConnectionString);

    /// <summary>The real ingest pipeline writing to this file, not yet started.</summary>
    public IngestPipeline NewPipeline(TimeProvider? clock = null, IngestOptions? options = null) =>
        new(new IngestWriterFactory(ConnectionString), Options.Create(options ?? new IngestOptions()), clock ?? TimeProvider.System,
            NullLogger<IngestPipeline>.Instance);

    public void Dispose() => directory.Dispose();
}
