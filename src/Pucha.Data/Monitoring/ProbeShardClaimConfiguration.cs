using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pucha.Data.Monitoring;

/// <summary>Keyed by (layout, shard, window start): the key is what lets only one firing claim a window.</summary>
internal sealed class ProbeShardClaimConfiguration : IEntityTypeConfiguration<ProbeShardClaim>
{
    public void Configure(EntityTypeBuilder<ProbeShardClaim> builder)
    {
        builder.ToTable("ProbeShardClaims");
        builder.HasKey(c => new { c.Shards, c.PeriodSeconds, c.Shard, c.WindowStartUtc });
        builder.Property(c => c.Worker).HasMaxLength(ProbeShardClaim.MaxWorkerLength);
        builder.HasIndex(c => c.WindowStartUtc);
    }
}
