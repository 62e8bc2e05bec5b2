using CainiaoDashboard.Data.Rollups;
using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Data;

public sealed class CainiaoDbContext(DbContextOptions<CainiaoDbContext> options) : DbContext(options)
{
    public DbSet<Carrier> Carriers => Set<Carrier>();
    public DbSet<CarrierApiKey> CarrierApiKeys => Set<CarrierApiKey>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Hub> Hubs => Set<Hub>();
    public DbSet<Lane> Lanes => Set<Lane>();
    public DbSet<ServiceLevel> ServiceLevels => Set<ServiceLevel>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<Parcel> Parcels => Set<Parcel>();
    public DbSet<ParcelTrackingNumber> ParcelTrackingNumbers => Set<ParcelTrackingNumber>();
    public DbSet<TrackingEvent> TrackingEvents => Set<TrackingEvent>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<HourlyRollup> HourlyRollups => Set<HourlyRollup>();
    public DbSet<TransitHistogram> TransitHistograms => Set<TransitHistogram>();
    public DbSet<StatusCount> StatusCounts => Set<StatusCount>();
    public DbSet<DailyVolume> DailyVolumes => Set<DailyVolume>();
    public DbSet<DailyFlow> DailyFlows => Set<DailyFlow>();
    public DbSet<FlowTransitHistogram> FlowTransitHistograms => Set<FlowTransitHistogram>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CainiaoDbContext).Assembly);
    }
}
