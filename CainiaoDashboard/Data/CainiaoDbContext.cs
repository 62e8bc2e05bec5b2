using CainiaoDashboard.Domain;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Data;

/// <summary>The one store: logistics data, the rollup tables (see Rollups/RollupSets) and the Identity tables (users, roles) of the sign-in.</summary>
/// <remarks>PostgreSQL's context is a subclass (<see cref="Postgres.PostgresDbContext"/>) only so that each provider finds its own
/// migrations: EF Core ties a migration set to a context type.</remarks>
public class CainiaoDbContext : IdentityDbContext<IdentityUser>
{
    public CainiaoDbContext(DbContextOptions<CainiaoDbContext> options) : base(options)
    {
    }

    protected CainiaoDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Carrier> Carriers => Set<Carrier>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Hub> Hubs => Set<Hub>();
    public DbSet<Lane> Lanes => Set<Lane>();
    public DbSet<ServiceLevel> ServiceLevels => Set<ServiceLevel>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<Parcel> Parcels => Set<Parcel>();
    public DbSet<ParcelTrackingNumber> ParcelTrackingNumbers => Set<ParcelTrackingNumber>();
    public DbSet<TrackingEvent> TrackingEvents => Set<TrackingEvent>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintChange> ComplaintChanges => Set<ComplaintChange>();
    public DbSet<ParcelNote> ParcelNotes => Set<ParcelNote>();
    public DbSet<PromiseChange> PromiseChanges => Set<PromiseChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CainiaoDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
