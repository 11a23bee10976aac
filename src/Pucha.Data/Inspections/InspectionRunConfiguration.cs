using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Websites;

namespace Pucha.Data.Inspections;

internal sealed class InspectionRunConfiguration : IEntityTypeConfiguration<InspectionRun>
{
    public void Configure(EntityTypeBuilder<InspectionRun> builder)
    {
        builder.ToTable("InspectionRuns");
        builder.Property(r => r.RequestedBy).HasMaxLength(InspectionRun.MaxRequestedByLength);
        builder.Property(r => r.Error).HasMaxLength(InspectionRun.MaxErrorLength);
        builder.HasIndex(r => new { r.SiteId, r.QueuedUtc });
        builder.HasIndex(r => new { r.Status, r.QueuedUtc });
        builder.HasOne<Website>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
