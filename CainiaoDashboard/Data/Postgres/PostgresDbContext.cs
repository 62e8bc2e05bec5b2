using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CainiaoDashboard.Data.Postgres;

/// <summary>The store on PostgreSQL: the same model, its own migrations (Data/Postgres/Migrations).</summary>
public sealed partial class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : CainiaoDbContext(options)
{
    /// <summary>The key ring every instance signs cookies with (see <see cref="DatabaseKeyRing"/>).</summary>
    public DbSet<StoredKey> DataProtectionKeys => Set<StoredKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<StoredKey>().ToTable("DataProtectionKeys");
        QuoteColumnNames(modelBuilder.Model);
    }

    /// <summary>
    /// The SQL the model gives partial indexes and check constraints names its columns bare, as SQLite takes them;
    /// PostgreSQL folds bare names to lower case, so here each PascalCase name is quoted (keywords are upper case).
    /// </summary>
    private static void QuoteColumnNames(IMutableModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            foreach (var index in entity.GetIndexes())
            {
                if (index.GetFilter() is { } filter) index.SetFilter(Quoted(filter));
            }

            foreach (var check in entity.GetCheckConstraints().ToList())
            {
                entity.RemoveCheckConstraint(check.ModelName);
                entity.AddCheckConstraint(check.ModelName, Quoted(check.Sql!));
            }
        }
    }

    private static string Quoted(string sql) => BareColumnName().Replace(sql, "\"$1\"");

    [GeneratedRegex("""(?<!")\b([A-Z][a-z]\w*)\b(?!")""")]
    private static partial Regex BareColumnName();

    /// <remarks>
    /// Text compares byte by byte ("C"), as on SQLite, whatever the database's default: tracking numbers, codes and names
    /// sort, group and match prefixes the same on both engines.
    /// </remarks>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
