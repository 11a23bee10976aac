using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Columns;

namespace Pucha.Data.Columns;

internal sealed class WebsiteColumnConfiguration : IEntityTypeConfiguration<WebsiteColumn>
{
    public void Configure(EntityTypeBuilder<WebsiteColumn> builder)
    {
        builder.ToTable("WebsiteColumns");
        builder.Property(c => c.Name).HasMaxLength(ColumnCells.MaxNameLength);
        builder.Property(c => c.Url).HasMaxLength(ColumnCells.MaxUrlLength);
        builder.HasIndex(c => new { c.WebsiteId, c.Kind, c.Position }).IsUnique();
    }
}
