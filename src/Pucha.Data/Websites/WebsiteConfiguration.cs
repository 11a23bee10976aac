using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data.Infrastructure;
using Pucha.Data.Migrations;

namespace Pucha.Data.Websites;

internal sealed class WebsiteConfiguration : IEntityTypeConfiguration<Website>
{
    public void Configure(EntityTypeBuilder<Website> builder)
    {
        // The SQLite search index is maintained by triggers (migration SqliteWebsiteSearch); EF must know
        // so that it does not rely on RETURNING alone for generated values.
        builder.ToTable("Websites", table =>
        {
            foreach (var trigger in SqliteWebsiteSearch.Triggers)
            {
                table.HasTrigger(trigger);
            }
        });
        builder.Property(w => w.OrganizationPath).HasMaxLength(400).HasBinaryCollation();
        builder.Property(w => w.RegionCode).HasMaxLength(6);
        builder.Property(w => w.DepartmentOrRegion).HasMaxLength(WebsiteLimits.LongText);
        builder.Property(w => w.Name).HasMaxLength(WebsiteLimits.LongText);
        builder.Property(w => w.IcpNumber).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.HomepageUrl).HasMaxLength(WebsiteLimits.Url);
        builder.Property(w => w.NormalizedHomepageUrl).HasMaxLength(WebsiteLimits.Url);
        builder.Property(w => w.SupervisingUnit).HasMaxLength(WebsiteLimits.LongText);
        builder.Property(w => w.OfficeAddress).HasMaxLength(WebsiteLimits.LongText);
        builder.Property(w => w.ManagerName).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.ManagerTitle).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.ManagerOfficePhone).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.ManagerMobile).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.ManagerEmail).HasMaxLength(WebsiteLimits.Email);
        builder.Property(w => w.ContactName).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.ContactOfficePhone).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.ContactMobile).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.ContactEmail).HasMaxLength(WebsiteLimits.Email);
        builder.Property(w => w.SignatoryHead).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.SignatoryReviewer).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.SignatoryFiller).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.SignatoryPhone).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.Sponsor).HasMaxLength(WebsiteLimits.LongText);
        builder.Property(w => w.PublicSecurityRecordNumber).HasMaxLength(WebsiteLimits.ShortText);
        builder.Property(w => w.SiteCode).HasMaxLength(10);
        builder.Property(w => w.Version).IsConcurrencyToken();

        builder.HasOne<Organization>().WithMany().HasForeignKey(w => w.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(w => w.Columns).WithOne(c => c.Website).HasForeignKey(c => c.WebsiteId).OnDelete(DeleteBehavior.Cascade);

        // The list: filter by subtree, region, status, name; sort and page by id.
        builder.HasIndex(w => w.NormalizedHomepageUrl).IsUnique();
        builder.HasIndex(w => w.SiteCode).IsUnique().HasFilter("\"SiteCode\" IS NOT NULL");
        builder.HasIndex(w => w.OrganizationPath);
        builder.HasIndex(w => w.OrganizationId);
        builder.HasIndex(w => w.RegionCode);
        builder.HasIndex(w => w.Status);
        builder.HasIndex(w => w.Name);
    }
}
