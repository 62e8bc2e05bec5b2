using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Data.Postgres;

/// <summary>The store on PostgreSQL: the same model, its own migrations (Data/Postgres/Migrations).</summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : CainiaoDbContext(options);
