using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CainiaoDashboard.Data;

public static class DatabaseInitializer
{
    /// <summary>
    /// Creates the database if needed and applies pending migrations (each provider its own set) before the host serves.
    /// A database that cannot be used fails with a message naming <c>ConnectionStrings:Cainiao</c>, the database and the
    /// cause. On PostgreSQL, instances starting together migrate one at a time (EF Core's migration lock).
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var connectionString = db.Database.GetConnectionString()!;
        if (db.Database.IsNpgsql())
        {
            await MigratePostgresAsync(db, connectionString, cancellationToken);
            return;
        }

        DatabaseFileCheck.EnsureUsable(connectionString);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw DatabaseFileCheck.Failure(new SqliteConnectionStringBuilder(connectionString).DataSource, ex);
        }
    }

    private static async Task MigratePostgresAsync(CainiaoDbContext db, string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException { InnerException: NpgsqlException })
        {
            var target = new NpgsqlConnectionStringBuilder(connectionString);
            var cause = (ex as NpgsqlException ?? (NpgsqlException)ex.InnerException!).Message.TrimEnd('.');
            throw new InvalidOperationException(
                $"{SqliteConnectionStrings.Setting} points to PostgreSQL database {target.Database} on {target.Host}:{target.Port}, " +
                $"which cannot be used; PostgreSQL says: {cause}.", ex);
        }
    }
}
