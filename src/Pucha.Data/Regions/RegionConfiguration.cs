using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Regions;

namespace Pucha.Data.Regions;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.ToTable("Regions");
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(6);
        builder.Property(r => r.Name).HasMaxLength(50);
        builder.Property(r => r.FullName).HasMaxLength(100);
        builder.Property(r => r.ParentCode).HasMaxLength(6);
        builder.HasIndex(r => r.ParentCode);
    }
}
