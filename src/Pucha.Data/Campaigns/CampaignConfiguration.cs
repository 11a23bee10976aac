using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Campaigns;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;

namespace Pucha.Data.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("Campaigns");
        builder.Property(c => c.Name).HasMaxLength(CampaignValidator.MaxNameLength);
        builder.Property(c => c.Description).HasMaxLength(CampaignValidator.MaxDescriptionLength);
        builder.Property(c => c.OrganizerPath).HasMaxLength(400).HasBinaryCollation();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Phases);
        builder.Ignore(c => c.Cadence);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.OrganizerPath);
    }
}
