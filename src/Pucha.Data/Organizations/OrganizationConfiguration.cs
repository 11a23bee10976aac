using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;

namespace Pucha.Data.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("Organizations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Path).HasMaxLength(400).HasBinaryCollation();
        builder.Property(o => o.RegionCode).HasMaxLength(6);
        builder.Property(o => o.DepartmentCode).HasMaxLength(2);
        builder.Property(o => o.ContactName).HasMaxLength(50);
        builder.Property(o => o.ContactPhone).HasMaxLength(50);
        builder.Property(o => o.ContactEmail).HasMaxLength(200);
        builder.Property(o => o.Address).HasMaxLength(200);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Path);
        builder.HasIndex(o => o.ParentId);
        builder.HasIndex(o => new { o.Kind, o.RegionCode });
        builder.HasIndex(o => new { o.Kind, o.DepartmentCode });
    }
}
