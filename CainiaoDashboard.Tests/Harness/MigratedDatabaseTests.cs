namespace CainiaoDashboard.Tests.Harness;

/// <summary>The base of a test class whose every test starts on its own freshly migrated SQLite file.</summary>
public abstract class MigratedDatabaseTests(string fileName) : IAsyncLifetime
{
    protected MigratedDatabase Database { get; private set; } = default!;

    public virtual async ValueTask InitializeAsync() => Database = await MigratedDatabase.CreateAsync(fileName);

    public virtual ValueTask DisposeAsync()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
