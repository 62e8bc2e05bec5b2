using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CainiaoDashboard.Data.Configurations;

internal sealed class ComplaintChangeConfiguration : IEntityTypeConfiguration<ComplaintChange>
{
    public void Configure(EntityTypeBuilder<ComplaintChange> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.HasIndex(c => c.ComplaintId);
        builder.HasOne<Complaint>().WithMany().HasForeignKey(c => c.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParcelNoteConfiguration : IEntityTypeConfiguration<ParcelNote>
{
    public void Configure(EntityTypeBuilder<ParcelNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(ComplaintRules.MaxNoteLength);
        builder.Property(n => n.CreatedBy).HasMaxLength(256);
        builder.HasIndex(n => n.ParcelId);
        builder.HasOne<Parcel>().WithMany().HasForeignKey(n => n.ParcelId).OnDelete(DeleteBehavior.Cascade);
    }
}
