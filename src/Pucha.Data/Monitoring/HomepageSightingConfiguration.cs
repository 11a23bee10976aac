using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Monitoring;
using Pucha.Core.Websites;

namespace Pucha.Data.Monitoring;

internal sealed class HomepageSightingConfiguration : IEntityTypeConfiguration<HomepageSighting>
{
    public void Configure(EntityTypeBuilder<HomepageSighting> builder)
    {
        builder.ToTable("HomepageSightings");
        builder.Property(s => s.ItemHash).HasMaxLength(HomepageSighting.ItemHashLength).IsFixedLength();
        builder.Property(s => s.Url).HasMaxLength(HomepageItem.MaxUrlLength);
        builder.Property(s => s.Title).HasMaxLength(HomepageItem.MaxTitleLength);
        builder.Property(s => s.SourceUrl).HasMaxLength(HomepageItem.MaxUrlLength);
        builder.HasIndex(s => new { s.SiteId, s.ItemHash }).IsUnique();
        builder.HasIndex(s => new { s.SiteId, s.FirstSeenUtc });
        builder.HasOne<Website>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
