using CainiaoDashboard.Data;
using Npgsql;

namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// Instances starting together on one PostgreSQL database prepare it one at a time (migrations, the upgrade steps, roles
/// and demo accounts): each checks what exists and then creates what is missing, and two doing so at once would both
/// try to create the same role. A session-level advisory lock on a connection of its own, released on dispose (or when
/// the process dies). SQLite needs none: one process writes to a file (the writer lock).
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The advisory lock's key: any fixed number the dashboard alone uses ("CAINIAO" in ASCII).</summary>
    private const long Key = 0x4341494E49414F;

    private readonly NpgsqlConnection? connection;

    private StartupLock(NpgsqlConnection? connection) => this.connection = connection;

    public static async Task<StartupLock> AcquireAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var store = services.GetRequiredService<StoreConnection>();
        if (!store.IsPostgres) return new StartupLock(null);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection);
            await take.ExecuteNonQueryAsync(cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Closing the session releases its advisory locks.
    public async ValueTask DisposeAsync()
    {
        if (connection is not null) await connection.DisposeAsync();
    }
}
