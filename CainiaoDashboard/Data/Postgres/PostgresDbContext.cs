using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Data.Postgres;

/// <summary>The store on PostgreSQL: the same model, its own migrations (Data/Postgres/Migrations).</summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : CainiaoDbContext(options)
{
    /// <remarks>
    /// Text compares byte by byte ("C"), as on SQLite, whatever the database's default: tracking numbers, codes and names
    /// sort, group and match prefixes the same on both engines.
    /// </remarks>
    /// <summary>The key ring every instance signs cookies with (see <see cref="DatabaseKeyRing"/>).</summary>
    public DbSet<StoredKey> DataProtectionKeys => Set<StoredKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<StoredKey>().ToTable("DataProtectionKeys");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
