using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Data;

public static class DatabaseInitializer
{
    /// <summary>Creates the database file if needed and applies pending migrations before the host serves.</summary>
    public static async Task InitialiseDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
