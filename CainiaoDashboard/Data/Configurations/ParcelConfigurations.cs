using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CainiaoDashboard.Data.Configurations;

internal sealed class ParcelConfiguration : IEntityTypeConfiguration<Parcel>
{
    public void Configure(EntityTypeBuilder<Parcel> builder)
    {
        // Ids are SQLite's plain rowids (largest + 1), not AUTOINCREMENT's, which rewrites sqlite_sequence on every insert:
        // one more b-tree write per parcel and per event on the ingest path. AUTOINCREMENT only matters when rows are
        // deleted (their ids are never handed out again); parcels and their events never are.
        builder.Property(p => p.Id).Metadata.SetValueGenerationStrategy(SqliteValueGenerationStrategy.None);
        builder.Property(p => p.TrackingNumber).HasMaxLength(40);
        builder.HasIndex(p => p.TrackingNumber).IsUnique();
        builder.Property(p => p.RecipientName).HasMaxLength(120);
        builder.Property(p => p.RecipientPhone).HasMaxLength(40);
        builder.Property(p => p.RecipientAddress).HasMaxLength(300);
        // No foreign keys on the reference ids (carrier, lane, service level, channel), as on tracking events: the one
        // writer checks each against ReferenceData in memory (the reference tables are seeded from it and never change).
        // EF would index every key; the parcel update on each scan rewrote the carrier's index entry, and the lists'
        // filters on a handful of carriers or channels are better served by the indexes below than by those.
        builder.HasMany(p => p.TrackingNumbers).WithOne().HasForeignKey(t => t.ParcelId);

        // A partial index over open parcels only (status below Delivered = 90), covering the KPI filters on overdue and
        // at-risk parcels by promise, and the stalled queue's (service, last scan, status): that one scans the open
        // parcels' entries without reading their rows. No index led by the last scan: every scan moved its parcel's entry
        // to another page (about a fifth of the writer's parcel updates went there). Here the entry stays where its promise
        // puts it; SQLite rewrites it on every parcel update anyway, as the status the filter reads is always set. The
        // stalled counts come from the LastScanCounts rollup.
        builder.HasIndex(p => new { p.PromisedUtc, p.CarrierId, p.LaneId, p.ServiceLevelId, p.LateParty, p.LastEventUtc, p.Status })
            .HasDatabaseName("IX_Parcels_Open_Promised").HasFilter("Status < 90");
        builder.HasIndex(p => p.CreatedUtc);
    }
}

internal sealed class ParcelTrackingNumberConfiguration : IEntityTypeConfiguration<ParcelTrackingNumber>
{
    public void Configure(EntityTypeBuilder<ParcelTrackingNumber> builder)
    {
        builder.HasKey(t => t.TrackingNumber);
        builder.Property(t => t.TrackingNumber).HasMaxLength(40);
        builder.HasIndex(t => t.ParcelId);
        // The carrier is checked by the writer against ReferenceData, as on Parcels: no foreign key and its index.
    }
}

internal sealed class TrackingEventConfiguration : IEntityTypeConfiguration<TrackingEvent>
{
    public void Configure(EntityTypeBuilder<TrackingEvent> builder)
    {
        builder.Property(e => e.Id).Metadata.SetValueGenerationStrategy(SqliteValueGenerationStrategy.None); // As on Parcels.
        builder.Property(e => e.CarrierEventId).HasMaxLength(64);
        builder.Property(e => e.RawCode).HasMaxLength(32);
        builder.Property(e => e.RawText).HasMaxLength(500);

        // Idempotency: one row per parcel, carrier and carrier event id. The parcel leads the key, so the one index
        // serves the parcel's timeline too, and an event lands beside the parcel's other events: live traffic touches
        // recent parcels, so ingest writes a small, cached part of the index. Keyed by (carrier, event id) alone, an
        // index of random ids took every event to a random page of an index that outgrows any cache.
        builder.HasIndex(e => new { e.ParcelId, e.CarrierId, e.CarrierEventId }).IsUnique();
        builder.HasOne<Parcel>().WithMany().HasForeignKey(e => e.ParcelId).OnDelete(DeleteBehavior.Cascade);
        // Scans whose carrier code has no mapping (admin's "unmapped carrier codes"): partial, so the mapped scans, which are
        // nearly all of them, cost ingest nothing here and the admin page reads only the few unmapped ones.
        builder.HasIndex(e => new { e.CarrierId, e.RawCode }).HasFilter($"Status = {(int)ParcelStatus.Unknown}").HasDatabaseName("IX_TrackingEvents_Unmapped");
        // CarrierId and HubId are checked against the reference data by the validator and the writer. No foreign keys
        // on them on purpose: EF would add an index on each that every insert on the hot path pays for, and nothing
        // reads events by carrier or hub (their figures come from the rollups).
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.Property(c => c.Description).HasMaxLength(ComplaintRules.MaxDescriptionLength);
        builder.Property(c => c.OpenedBy).HasMaxLength(256);
        builder.Property(c => c.UpdatedBy).HasMaxLength(256);
        builder.Property(c => c.IdempotencyKey).HasMaxLength(ComplaintRules.MaxIdempotencyKeyLength);
        // Complaints from before keys existed have none: unique only where a key is set.
        builder.HasIndex(c => c.IdempotencyKey).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
        builder.HasIndex(c => new { c.State, c.OpenedUtc });
        builder.HasIndex(c => c.ParcelId);
        builder.HasOne<Parcel>().WithMany().HasForeignKey(c => c.ParcelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Carrier>().WithMany().HasForeignKey(c => c.CarrierId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PromiseChangeConfiguration : IEntityTypeConfiguration<PromiseChange>
{
    public void Configure(EntityTypeBuilder<PromiseChange> builder)
    {
        builder.HasIndex(c => c.ParcelId);
        builder.HasOne<Parcel>().WithMany().HasForeignKey(c => c.ParcelId).OnDelete(DeleteBehavior.Cascade);
    }
}
