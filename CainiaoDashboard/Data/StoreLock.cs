using Npgsql;

namespace CainiaoDashboard.Data;

/// <summary>
/// A lock that instances sharing one PostgreSQL database take to do something one at a time: a session-level advisory
/// lock on a connection of its own, released on dispose or when the process dies. On SQLite every lock is granted at
/// once: one process writes to a file (the writer lock sees to that).
/// </summary>
public sealed class StoreLock : IAsyncDisposable
{
    /// <summary>
    /// Preparing the database (migrations, upgrade steps, roles and demo accounts): each step checks what exists and
    /// creates what is missing, and two instances doing so at once would both create the same role.
    /// </summary>
    public const long Startup = 0x4341494E49414F; // "CAINIAO" in ASCII: a number no other application is likely to use.

    /// <summary>Seeding and running the simulator: one instance produces the simulated traffic for all.</summary>
    public const long Simulator = Startup + 1;

    private readonly NpgsqlConnection? connection;

    private StoreLock(NpgsqlConnection? connection) => this.connection = connection;

    /// <summary>Waits until the lock is this process's.</summary>
    public static async Task<StoreLock> AcquireAsync(StoreConnection store, long key, CancellationToken cancellationToken = default) =>
        (await TakeAsync(store, $"SELECT pg_advisory_lock({key})", cancellationToken))!;

    /// <summary>The lock, or null when another session holds it.</summary>
    public static Task<StoreLock?> TryAcquireAsync(StoreConnection store, long key, CancellationToken cancellationToken = default) =>
        TakeAsync(store, $"SELECT pg_try_advisory_lock({key})", cancellationToken);

    private static async Task<StoreLock?> TakeAsync(StoreConnection store, string sql, CancellationToken cancellationToken)
    {
        if (!store.IsPostgres) return new StoreLock(null);
        // Not pooled: the lock lives as long as the session, which a pooled connection would outlive.
        // Kept alive: a session the network dropped silently would hold the lock on the server no longer.
        var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(store.ConnectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // No command timeout: waiting for the lock lasts as long as another instance's migrations do.
            await using var take = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            if (await take.ExecuteScalarAsync(cancellationToken) is false)
            {
                await connection.DisposeAsync();
                return null;
            }

            return new StoreLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null) await connection.DisposeAsync();
    }
}
