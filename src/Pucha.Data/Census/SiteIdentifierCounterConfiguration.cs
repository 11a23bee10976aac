using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Census;

namespace Pucha.Data.Census;

internal sealed class SiteIdentifierCounterConfiguration : IEntityTypeConfiguration<SiteIdentifierCounter>
{
    public void Configure(EntityTypeBuilder<SiteIdentifierCounter> builder)
    {
        builder.ToTable("SiteIdentifierCounters");
        builder.HasKey(c => c.Prefix);
        builder.Property(c => c.Prefix).HasMaxLength(6);
    }
}
