using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Data;

public static class DatabaseInitializer
{
    /// <summary>
    /// Creates the database file if needed and applies pending migrations before the host serves. A database that
    /// cannot be used fails with a message naming <c>ConnectionStrings:Cainiao</c>, the file and the cause.
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var connectionString = db.Database.GetConnectionString()!;
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
}
