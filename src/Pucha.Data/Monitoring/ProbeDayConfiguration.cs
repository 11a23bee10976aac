using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Websites;

namespace Pucha.Data.Monitoring;

internal sealed class ProbeDayConfiguration : IEntityTypeConfiguration<ProbeDay>
{
    public void Configure(EntityTypeBuilder<ProbeDay> builder)
    {
        builder.ToTable("ProbeDays");
        builder.HasKey(d => new { d.SiteId, d.Day });
        builder.HasOne<Website>().WithMany().HasForeignKey(d => d.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
