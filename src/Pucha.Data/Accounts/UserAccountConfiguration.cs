using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Accounts;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;

namespace Pucha.Data.Accounts;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("UserAccounts");
        builder.Property(a => a.UserName).HasMaxLength(64);
        builder.Property(a => a.NormalizedUserName).HasMaxLength(64);
        builder.Property(a => a.DisplayName).HasMaxLength(100);
        builder.Property(a => a.OrganizationPath).HasMaxLength(400).HasBinaryCollation();
        builder.Property(a => a.PasswordHash).HasMaxLength(200).IsSensitive();
        builder.Property(a => a.Email).HasMaxLength(200);
        builder.Property(a => a.Phone).HasMaxLength(50);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.NormalizedUserName).IsUnique();
        builder.HasIndex(a => a.OrganizationId);
        builder.HasIndex(a => a.OrganizationPath);
    }
}
