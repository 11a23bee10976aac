using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Monitoring;
using Pucha.Core.Websites;
using Pucha.Data.Infrastructure;

namespace Pucha.Data.Monitoring;

/// <summary>At most one row per site (key = site), only for sites whose cadence differs from their campaign's or the global one.</summary>
internal sealed class SiteCadenceConfiguration : IEntityTypeConfiguration<SiteCadence>
{
    public void Configure(EntityTypeBuilder<SiteCadence> builder)
    {
        builder.ToTable("SiteCadences");
        builder.HasKey(c => c.WebsiteId);
        builder.Property(c => c.WebsiteId).ValueGeneratedNever();
        builder.Property(c => c.OrganizationPath).HasMaxLength(400).HasBinaryCollation();
        builder.Ignore(c => c.Settings);
        builder.HasOne<Website>().WithOne().HasForeignKey<SiteCadence>(c => c.WebsiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
