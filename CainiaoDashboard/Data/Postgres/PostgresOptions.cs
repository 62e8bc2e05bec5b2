using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CainiaoDashboard.Data.Postgres;

public static class PostgresOptions
{
    public static DbContextOptionsBuilder UseCainiaoPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, postgres => postgres.CommandTimeout(30));

    public static PostgresDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresDbContext>();
        options.UseCainiaoPostgres(connectionString);
        return new PostgresDbContext(options.Options);
    }
}

/// <summary>
/// What <c>dotnet ef migrations add --context PostgresDbContext</c> builds the model with: adding a migration reads no
/// database, so the connection string only has to parse.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args) => PostgresOptions.CreateContext("Host=localhost;Database=cainiao");
}
