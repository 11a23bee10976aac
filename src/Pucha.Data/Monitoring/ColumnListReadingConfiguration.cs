using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Columns;
using Pucha.Core.Websites;

namespace Pucha.Data.Monitoring;

internal sealed class ColumnListReadingConfiguration : IEntityTypeConfiguration<ColumnListReading>
{
    public void Configure(EntityTypeBuilder<ColumnListReading> builder)
    {
        builder.ToTable("ColumnChecks");
        builder.HasKey(c => new { c.ColumnId, c.CheckedOn });
        builder.Property(c => c.Error).HasMaxLength(ColumnListReading.MaxErrorLength);
        builder.HasIndex(c => new { c.SiteId, c.CheckedOn });
        builder.HasOne<WebsiteColumn>().WithMany().HasForeignKey(c => c.ColumnId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Website>().WithMany().HasForeignKey(c => c.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
