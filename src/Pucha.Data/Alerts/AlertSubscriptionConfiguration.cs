using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;

namespace Pucha.Data.Alerts;

internal sealed class AlertSubscriptionConfiguration : IEntityTypeConfiguration<AlertSubscription>
{
    public void Configure(EntityTypeBuilder<AlertSubscription> builder)
    {
        builder.ToTable("AlertSubscriptions");
        builder.Property(s => s.Name).HasMaxLength(AlertSubscription.MaxNameLength);
        builder.Property(s => s.ScopePath).HasMaxLength(400).HasBinaryCollation();
        builder.Property(s => s.Target).HasMaxLength(AlertSubscription.MaxTargetLength);
        builder.Property(s => s.Secret).HasMaxLength(AlertSubscription.MaxSecretLength);
        builder.Ignore(s => s.QuietHours);
        builder.HasIndex(s => s.OrganizationId);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
