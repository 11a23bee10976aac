using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Census;
using Pucha.Core.Websites;

namespace Pucha.Data.Census;

internal sealed class CensusReviewConfiguration : IEntityTypeConfiguration<CensusReview>
{
    public void Configure(EntityTypeBuilder<CensusReview> builder)
    {
        builder.ToTable("CensusReviews");
        builder.HasKey(r => r.WebsiteId);
        builder.Property(r => r.WebsiteId).ValueGeneratedNever();
        builder.Property(r => r.CheckCodeHash).HasMaxLength(200);
        builder.HasOne<Website>().WithOne().HasForeignKey<CensusReview>(r => r.WebsiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.PendingOrganizationId);
    }
}
