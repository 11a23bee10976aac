using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Websites;

namespace Pucha.Data.Monitoring;

internal sealed class HomepageSnapshotConfiguration : IEntityTypeConfiguration<HomepageSnapshot>
{
    public void Configure(EntityTypeBuilder<HomepageSnapshot> builder)
    {
        builder.ToTable("HomepageSnapshots");
        builder.HasKey(s => new { s.SiteId, s.ScheduledUtc });
        builder.Property(s => s.Error).HasMaxLength(HomepageSnapshot.MaxErrorLength);
        builder.HasOne<Website>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
