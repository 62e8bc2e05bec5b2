using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CainiaoDashboard.Data.Configurations;

/// <summary>
/// A reference table: a unique short code and a display name, and its rows, which the migrations write from
/// <see cref="ReferenceData"/>.
/// </summary>
internal abstract class ReferenceTableConfiguration<T>(IEnumerable<T> rows) : IEntityTypeConfiguration<T>
    where T : class, ICodedEntity
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Code).HasMaxLength(16);
        builder.Property(e => e.Name).HasMaxLength(80);
        ConfigureOwnColumns(builder);
        builder.HasData(rows);
    }

    /// <summary>What the table holds besides code and name.</summary>
    protected virtual void ConfigureOwnColumns(EntityTypeBuilder<T> builder)
    {
    }
}

internal sealed class CarrierConfiguration() : ReferenceTableConfiguration<Carrier>(ReferenceData.Carriers);

internal sealed class RegionConfiguration() : ReferenceTableConfiguration<Region>(ReferenceData.Regions)
{
    protected override void ConfigureOwnColumns(EntityTypeBuilder<Region> builder) =>
        builder.Property(r => r.CountryCode).HasMaxLength(2);
}

internal sealed class HubConfiguration() : ReferenceTableConfiguration<Hub>(ReferenceData.Hubs)
{
    protected override void ConfigureOwnColumns(EntityTypeBuilder<Hub> builder)
    {
        builder.Property(h => h.TimeZoneId).HasMaxLength(64);
        builder.HasOne(h => h.Region).WithMany().HasForeignKey(h => h.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceLevelConfiguration() : ReferenceTableConfiguration<ServiceLevel>(ReferenceData.ServiceLevels);

internal sealed class ChannelConfiguration() : ReferenceTableConfiguration<Channel>(ReferenceData.Channels);

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

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable(table => table.HasCheckConstraint("CK_ApiKeys_Holder",
            $"(Kind = {(int)ApiKeyKind.Carrier} AND CarrierId IS NOT NULL AND PlatformName IS NULL) OR (Kind = {(int)ApiKeyKind.Platform} AND CarrierId IS NULL AND PlatformName IS NOT NULL)"));
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.Prefix).HasMaxLength(16);
        builder.Property(k => k.PlatformName).HasMaxLength(ApiKey.MaxPlatformNameLength);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasOne<Carrier>().WithMany().HasForeignKey(k => k.CarrierId).OnDelete(DeleteBehavior.Cascade);
    }
}
