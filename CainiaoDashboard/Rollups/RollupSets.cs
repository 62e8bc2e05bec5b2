using CainiaoDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Rollups;

/// <summary>
/// The rollup tables as sets of the one context. Extension properties rather than <c>DbSet</c>s on
/// <see cref="CainiaoDbContext"/> keep <c>Data/</c> free of the rollup model: the configurations in this folder add
/// the tables to the model (the context applies every configuration in the assembly).
/// </summary>
public static class RollupSets
{
    extension(CainiaoDbContext db)
    {
        public DbSet<HourlyRollup> HourlyRollups => db.Set<HourlyRollup>();
        public DbSet<TransitHistogram> TransitHistograms => db.Set<TransitHistogram>();
        public DbSet<StatusCount> StatusCounts => db.Set<StatusCount>();
        public DbSet<LastScanCount> LastScanCounts => db.Set<LastScanCount>();
        public DbSet<DailyVolume> DailyVolumes => db.Set<DailyVolume>();
        public DbSet<DailyFlow> DailyFlows => db.Set<DailyFlow>();
        public DbSet<FlowTransitHistogram> FlowTransitHistograms => db.Set<FlowTransitHistogram>();
    }
}
