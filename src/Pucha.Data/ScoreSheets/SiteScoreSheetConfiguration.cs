using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data.Infrastructure;
using Pucha.Data.Inspections;

namespace Pucha.Data.ScoreSheets;

internal sealed class SiteScoreSheetConfiguration : IEntityTypeConfiguration<SiteScoreSheet>
{
    public void Configure(EntityTypeBuilder<SiteScoreSheet> builder)
    {
        builder.ToTable("ScoreSheets");
        builder.Property(s => s.OrganizationPath).HasMaxLength(400).HasBinaryCollation();
        builder.Property(s => s.IndicatorSetId).HasMaxLength(SiteScoreSheet.MaxIndicatorSetIdLength);
        builder.Property(s => s.Verdict).HasMaxLength(SiteScoreSheet.MaxVerdictLength);
        builder.Property(s => s.VetoNames).HasMaxLength(SiteScoreSheet.MaxVerdictLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(SiteScoreSheet.MaxPersonLength);
        builder.Property(s => s.UpdatedBy).HasMaxLength(SiteScoreSheet.MaxPersonLength);
        builder.Property(s => s.SubmittedBy).HasMaxLength(SiteScoreSheet.MaxPersonLength);
        builder.Property(s => s.Deducted).HasPrecision(9, 3);
        builder.Property(s => s.Bonus).HasPrecision(9, 3);
        builder.Property(s => s.Total).HasPrecision(9, 3);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.SiteId, s.Kind, s.CreatedUtc });
        builder.HasIndex(s => s.OrganizationPath);
        builder.HasOne<Website>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.ScorerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InspectionRun>().WithMany().HasForeignKey(s => s.InspectionRunId).OnDelete(DeleteBehavior.Restrict);
    }
}
