using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pucha.Data.Alerts;

internal sealed class AlertDeliveryConfiguration : IEntityTypeConfiguration<AlertDelivery>
{
    public void Configure(EntityTypeBuilder<AlertDelivery> builder)
    {
        builder.ToTable("AlertDeliveries");
        builder.Property(d => d.LastError).HasMaxLength(AlertDelivery.MaxErrorLength);
        builder.HasIndex(d => new { d.AlertId, d.SubscriptionId }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptUtc });
        builder.HasIndex(d => d.SubscriptionId);
        builder.HasOne<Alert>().WithMany().HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AlertSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
