using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Data;

public sealed class CainiaoDbContext(DbContextOptions<CainiaoDbContext> options) : DbContext(options)
{
    public DbSet<Carrier> Carriers => Set<Carrier>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CainiaoDbContext).Assembly);
    }
}
