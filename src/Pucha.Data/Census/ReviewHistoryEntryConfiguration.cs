using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Census;
using Pucha.Core.Websites;

namespace Pucha.Data.Census;

internal sealed class ReviewHistoryEntryConfiguration : IEntityTypeConfiguration<ReviewHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ReviewHistoryEntry> builder)
    {
        builder.ToTable("CensusReviewHistory");
        builder.Property(e => e.ActorName).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(ReviewWorkflow.MaxReasonLength);
        builder.HasOne<Website>().WithMany().HasForeignKey(e => e.WebsiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.WebsiteId, e.Id });
    }
}
