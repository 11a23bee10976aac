using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pucha.Data.RateLimits;

internal sealed class RateLimitCounterConfiguration : IEntityTypeConfiguration<RateLimitCounter>
{
    public void Configure(EntityTypeBuilder<RateLimitCounter> builder)
    {
        builder.ToTable("RateLimitCounters");
        builder.HasKey(c => new { c.Scope, c.KeyHash, c.WindowStart });
        builder.Property(c => c.Scope).HasMaxLength(RateLimitCounters.MaxScopeLength);
        builder.Property(c => c.KeyHash).HasMaxLength(64);
        builder.HasIndex(c => c.ExpiresAt);
    }
}
