using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Audit;
using Pucha.Data.Infrastructure;

namespace Pucha.Data.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.ActorName).HasMaxLength(100);
        builder.Property(a => a.ActorOrganizationPath).HasMaxLength(400).HasBinaryCollation();
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(50);
        builder.Property(a => a.OrganizationPath).HasMaxLength(400).HasBinaryCollation();
        builder.Property(a => a.Detail).HasMaxLength(AuditLimits.MaxDetailLength);
        builder.HasIndex(a => a.OccurredAt);
        builder.HasIndex(a => a.OrganizationPath);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.HasIndex(a => a.ActorUserId);
    }
}
