using CainiaoDashboard.Data;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// The base of a test class whose every test starts on its own freshly migrated database: a SQLite file, or a PostgreSQL
/// database for the classes that run on both engines (an abstract class with one nested subclass per engine).
/// </summary>
public abstract class MigratedDatabaseTests(string fileName, DatabaseProvider provider = DatabaseProvider.Sqlite) : IAsyncLifetime
{
    protected MigratedDatabase Database { get; private set; } = default!;

    public virtual async ValueTask InitializeAsync() => Database = await MigratedDatabase.CreateAsync(fileName, provider);

    public virtual ValueTask DisposeAsync()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
