using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Monitoring;
using Pucha.Core.Websites;

namespace Pucha.Data.Monitoring;

/// <summary>
/// One row per homepage visit, keyed by its slot (site, scheduled time): the key is what makes a
/// visit impossible to count twice, whichever worker ran it and however often it was retried.
/// No surrogate id, so a row is a handful of fixed-size columns plus a bounded reason.
/// </summary>
internal sealed class ProbeVisitConfiguration : IEntityTypeConfiguration<ProbeVisit>
{
    public void Configure(EntityTypeBuilder<ProbeVisit> builder)
    {
        builder.ToTable("ProbeVisits");
        builder.HasKey(v => new { v.SiteId, v.ScheduledUtc });
        builder.Property(v => v.Reason).HasMaxLength(ProbeVisit.MaxReasonLength);
        builder.HasOne<Website>().WithMany().HasForeignKey(v => v.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
