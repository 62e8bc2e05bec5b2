using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Rollups;

internal sealed class HourlyRollupConfiguration : IEntityTypeConfiguration<HourlyRollup>
{
    public void Configure(EntityTypeBuilder<HourlyRollup> builder) =>
        builder.ToTable("HourlyRollups").HasKey(r => new { r.BucketHour, r.CarrierId, r.LaneId, r.ServiceLevelId, r.HubId, r.Simulated });
}

internal sealed class TransitHistogramConfiguration : IEntityTypeConfiguration<TransitHistogram>
{
    public void Configure(EntityTypeBuilder<TransitHistogram> builder) =>
        builder.ToTable("TransitHistograms").HasKey(r => new { r.BucketDay, r.CarrierId, r.LaneId, r.ServiceLevelId, r.TransitBucket, r.Simulated });
}

internal sealed class StatusCountConfiguration : IEntityTypeConfiguration<StatusCount>
{
    public void Configure(EntityTypeBuilder<StatusCount> builder) =>
        builder.ToTable("StatusCounts").HasKey(r => new { r.CarrierId, r.LaneId, r.ServiceLevelId, r.HubId, r.Status, r.SubStatus, r.Simulated });
}

internal sealed class LastScanCountConfiguration : IEntityTypeConfiguration<LastScanCount>
{
    // Service level and hour lead the key: the stalled counts read one range per service, the hours before its cutoff.
    public void Configure(EntityTypeBuilder<LastScanCount> builder) =>
        builder.ToTable("LastScanCounts").HasKey(r => new { r.ServiceLevelId, r.BucketHour, r.CarrierId, r.LaneId, r.Simulated });
}

internal sealed class DailyVolumeConfiguration : IEntityTypeConfiguration<DailyVolume>
{
    public void Configure(EntityTypeBuilder<DailyVolume> builder) =>
        builder.ToTable("DailyVolumes").HasKey(r => new { r.Day, r.CarrierId, r.ChannelId, r.ServiceLevelId, r.RegionId, r.Simulated });
}

internal sealed class DailyFlowConfiguration : IEntityTypeConfiguration<DailyFlow>
{
    public void Configure(EntityTypeBuilder<DailyFlow> builder) =>
        builder.ToTable("DailyFlows").HasKey(r => new { r.Day, r.LaneId, r.HubId, r.HandoverCarrierId, r.Simulated });
}

internal sealed class FlowTransitHistogramConfiguration : IEntityTypeConfiguration<FlowTransitHistogram>
{
    public void Configure(EntityTypeBuilder<FlowTransitHistogram> builder) =>
        builder.ToTable("FlowTransitHistograms").HasKey(r => new { r.Day, r.LaneId, r.HubId, r.HandoverCarrierId, r.TransitBucket, r.Simulated });
}
