using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CainiaoDashboard.Data.Configurations;

internal static class CodedEntityConfiguration
{
    public static void HasCodeAndName<T>(this EntityTypeBuilder<T> builder) where T : class, ICodedEntity
    {
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Code).HasMaxLength(16);
        builder.Property(e => e.Name).HasMaxLength(80);
    }
}

internal sealed class CarrierConfiguration : IEntityTypeConfiguration<Carrier>
{
    public void Configure(EntityTypeBuilder<Carrier> builder)
    {
        builder.HasCodeAndName();
        builder.HasData(ReferenceData.Carriers);
    }
}

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasCodeAndName();
        builder.Property(r => r.CountryCode).HasMaxLength(2);
        builder.HasData(ReferenceData.Regions);
    }
}

internal sealed class HubConfiguration : IEntityTypeConfiguration<Hub>
{
    public void Configure(EntityTypeBuilder<Hub> builder)
    {
        builder.HasCodeAndName();
        builder.Property(h => h.TimeZoneId).HasMaxLength(64);
        builder.HasOne(h => h.Region).WithMany().HasForeignKey(h => h.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(ReferenceData.Hubs);
    }
}

internal sealed class LaneConfiguration : IEntityTypeConfiguration<Lane>
{
    public void Configure(EntityTypeBuilder<Lane> builder)
    {
        builder.HasIndex(l => new { l.OriginRegionId, l.DestinationRegionId }).IsUnique();
        builder.HasOne(l => l.OriginRegion).WithMany().HasForeignKey(l => l.OriginRegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.DestinationRegion).WithMany().HasForeignKey(l => l.DestinationRegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(ReferenceData.Lanes);
    }
}

internal sealed class ServiceLevelConfiguration : IEntityTypeConfiguration<ServiceLevel>
{
    public void Configure(EntityTypeBuilder<ServiceLevel> builder)
    {
        builder.HasCodeAndName();
        builder.HasData(ReferenceData.ServiceLevels);
    }
}

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.HasCodeAndName();
        builder.HasData(ReferenceData.Channels);
    }
}

internal sealed class CarrierApiKeyConfiguration : IEntityTypeConfiguration<CarrierApiKey>
{
    public void Configure(EntityTypeBuilder<CarrierApiKey> builder)
    {
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasOne<Carrier>().WithMany().HasForeignKey(k => k.CarrierId).OnDelete(DeleteBehavior.Cascade);
    }
}
