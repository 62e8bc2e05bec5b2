using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CainiaoDashboard.Data.Rollups;

internal sealed class HourlyRollupConfiguration : IEntityTypeConfiguration<HourlyRollup>
{
    public void Configure(EntityTypeBuilder<HourlyRollup> builder) =>
        builder.HasKey(r => new { r.BucketHour, r.CarrierId, r.LaneId, r.ServiceLevelId, r.HubId });
}

internal sealed class TransitHistogramConfiguration : IEntityTypeConfiguration<TransitHistogram>
{
    public void Configure(EntityTypeBuilder<TransitHistogram> builder) =>
        builder.HasKey(r => new { r.BucketDay, r.CarrierId, r.LaneId, r.ServiceLevelId, r.TransitBucket });
}

internal sealed class StatusCountConfiguration : IEntityTypeConfiguration<StatusCount>
{
    public void Configure(EntityTypeBuilder<StatusCount> builder) =>
        builder.HasKey(r => new { r.CarrierId, r.LaneId, r.ServiceLevelId, r.HubId, r.Status, r.SubStatus });
}
