using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Websites;

namespace Pucha.Data.Alerts;

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTable("Alerts");
        builder.Property(a => a.EpisodeKey).HasMaxLength(Alert.MaxEpisodeLength);
        builder.Property(a => a.Subject).HasMaxLength(Alert.MaxSubjectLength);
        builder.Property(a => a.Body).HasMaxLength(Alert.MaxBodyLength);
        builder.HasIndex(a => new { a.SiteId, a.Kind, a.EpisodeKey }).IsUnique();
        builder.HasIndex(a => a.RaisedUtc);
        builder.HasOne<Website>().WithMany().HasForeignKey(a => a.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}
