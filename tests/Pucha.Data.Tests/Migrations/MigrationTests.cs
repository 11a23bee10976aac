using Microsoft.EntityFrameworkCore;
using Pucha.Core.Columns;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Infrastructure;
using Pucha.Data.Migrations;
using Pucha.Data.Regions;
using Pucha.Data.Websites;
using Pucha.Testing;

namespace Pucha.Data.Tests.Migrations;

public sealed class MigrationTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Applies_every_migration_in_order(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();

        var applied = await context.Database.GetAppliedMigrationsAsync();

        // Every migration of the assembly, in id order (new ones are checked without editing this list).
        Assert.Equal(context.Database.GetMigrations(), applied);
        Assert.Equal([Census2015.Id, Report2018.Id, SqliteWebsiteSearch.Id, Pucha.Data.Migrations.Census.Id,
            Pucha.Data.Migrations.Monitoring.Id], applied.Take(5));
        Assert.Contains(OrganizationStatus.Id, applied);
        Assert.Contains(SqliteShortNameSearch.Id, applied);
        Assert.Contains(WatchAndAlerts.Id, applied);
        Assert.Contains(Pucha.Data.Migrations.Campaigns.Id, applied);
        Assert.Contains(InspectionRuns.Id, applied);
        Assert.Contains(Pucha.Data.Migrations.ScoreSheets.Id, applied);
        Assert.Contains(SecondLevelSightings.Id, applied);
        Assert.Contains(Pucha.Data.Migrations.RateLimitCounters.Id, applied);
        Assert.Contains(MonitoringCadences.Id, applied);
        Assert.Contains(ProbeShardClaims.Id, applied);
        Assert.Contains(ProbeShardReleases.Id, applied);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Migrating_and_loading_divisions_twice_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        int countBefore;
        await using (var context = database.CreateContext())
        {
            countBefore = await context.Regions.CountAsync();
        }

        await using (var context = database.CreateContext())
        {
            await PuchaDatabase.MigrateAsync(context);
        }

        await using (var context = database.CreateContext())
        {
            Assert.Equal(0, await DivisionLoader.LoadAsync(context));
            Assert.Equal(countBefore, await context.Regions.CountAsync());
            Assert.Equal(context.Database.GetMigrations().Count(), (await context.Database.GetAppliedMigrationsAsync()).Count());
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task Upgrading_a_2015_database_keeps_its_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.CreateContext())
        {
            await PuchaDatabase.MigrateToAsync(context, Census2015.Id);
            Assert.Equal([Census2015.Id], await context.Database.GetAppliedMigrationsAsync());
        }

        // Rows written by the 2015 schema, with SQL (not the current model).
        var time = provider == DatabaseProvider.PostgreSql ? "'2015-04-20 08:30:00+00'" : "'2015-04-20 08:30:00'";
        await database.ExecuteSqlAsync($"""
            INSERT INTO "Regions" ("Code", "Name", "FullName", "Level", "ParentCode", "IsPlaceholder")
            VALUES ('500000', '重庆市', '重庆市', 1, NULL, FALSE);
            INSERT INTO "Organizations" ("Name", "Kind", "ParentId", "Path", "RegionCode", "DepartmentCode", "ManagementMode",
                "ContactName", "ContactPhone", "ContactEmail", "Address", "CreatedAt", "UpdatedAt")
            VALUES ('重庆市人民政府办公厅', 2, NULL, '/1/', '500000', NULL, 0, '张三', '023-63899185', 'web@cq.gov.cn', '重庆市渝北区', {time}, {time});
            INSERT INTO "UserAccounts" ("UserName", "NormalizedUserName", "DisplayName", "Role", "OrganizationId", "OrganizationPath",
                "PasswordHash", "MustChangePassword", "FailedLoginCount", "LockoutUntil", "LastLoginAt", "IsDisabled", "Email", "Phone", "CreatedAt", "UpdatedAt")
            VALUES ('cq', 'CQ', '重庆市政府办公厅', 2, 1, '/1/', 'pbkdf2-sha256$v1$100000$AAAA$BBBB', TRUE, 2, NULL, {time}, FALSE, '', '', {time}, {time});
            INSERT INTO "Websites" ("OrganizationId", "OrganizationPath", "RegionCode", "DepartmentOrRegion", "Name", "IcpNumber",
                "HomepageUrl", "NormalizedHomepageUrl", "SupervisingUnit", "OfficeAddress",
                "ManagerName", "ManagerTitle", "ManagerOfficePhone", "ManagerMobile", "ManagerEmail",
                "ContactName", "ContactOfficePhone", "ContactMobile", "ContactEmail",
                "SignatoryHead", "SignatoryReviewer", "SignatoryFiller", "SignatoryPhone", "FilledOn", "Status", "CreatedAt", "UpdatedAt", "Version")
            VALUES (1, '/1/', '500000', '重庆市', '重庆市人民政府', '渝ICP备05003300号',
                'http://www.cq.gov.cn', 'http://www.cq.gov.cn/', '重庆市人民政府办公厅', '重庆市渝北区青枫北路',
                '李四', '处长', '023-89016950', '13800138000', 'lisi@cq.gov.cn',
                '王五', '023-89016951', '13900139000', 'wangwu@cq.gov.cn',
                '赵六', '钱七', '孙八', '023-89016952', '2015-04-20', 2, {time}, {time}, 3);
            INSERT INTO "WebsiteColumns" ("WebsiteId", "Kind", "Position", "Name", "Url")
            VALUES (1, 2, 0, '政务要闻', 'http://www.cq.gov.cn/zwgk/zwyw/'),
                   (1, 2, 1, '区县动态', 'http://www.cq.gov.cn/zwgk/qxdt/');
            """);

        await using (var context = database.CreateContext())
        {
            await PuchaDatabase.MigrateAsync(context);
        }

        await using (var context = database.CreateContext())
        {
            var website = await context.Websites.Include(w => w.Columns).SingleAsync();
            Assert.Equal("重庆市人民政府", website.Name);
            Assert.Equal("渝ICP备05003300号", website.IcpNumber);
            Assert.Equal("http://www.cq.gov.cn/", website.NormalizedHomepageUrl);
            Assert.Equal("023-89016950", website.ManagerOfficePhone);
            Assert.Equal("孙八", website.SignatoryFiller);
            Assert.Equal(new DateOnly(2015, 4, 20), website.FilledOn);
            Assert.Equal(CensusStatus.Approved, website.Status);
            Assert.Equal(3, website.Version);
            Assert.Equal(new DateTime(2015, 4, 20, 8, 30, 0, DateTimeKind.Utc), website.CreatedAt);
            Assert.Equal(DateTimeKind.Utc, website.CreatedAt.Kind);

            // The 2018 fields exist and are empty until the next report.
            Assert.Equal("", website.Sponsor);
            Assert.Null(website.WebsiteType);
            Assert.Equal("", website.PublicSecurityRecordNumber);
            Assert.Null(website.SiteCode);

            Assert.Equal(["政务要闻", "区县动态"], website.Columns.Where(c => c.Kind == ColumnKind.WorkNews).OrderBy(c => c.Position).Select(c => c.Name));
            var account = await context.UserAccounts.SingleAsync();
            Assert.Equal("cq", account.UserName);
            Assert.True(account.MustChangePassword);
            Assert.Equal(2, account.FailedLoginCount);
            var office = await context.Organizations.SingleAsync();
            Assert.Equal("重庆市人民政府办公厅", office.Name);
            Assert.False(office.IsDisabled);
            Assert.Equal(1, office.Version);
            if (provider == DatabaseProvider.Sqlite)
            {
                // The name-piece index was filled from the rows already there.
                Assert.Equal([website.Id], await WebsiteQueries.SqliteShortNameMatches(context, "重庆")!.ToListAsync());
            }

            Assert.Equal("重庆市", (await context.Regions.SingleAsync(r => r.Code == "500000")).Name);
            Assert.Equal(1, (await context.Websites.Filter(context, new WebsiteListFilter { Search = "重庆市人民" }).CountAsync(10)).Value);

            // …and take 2018 values and the audit log.
            website.Sponsor = "重庆市人民政府办公厅";
            website.WebsiteType = WebsiteType.Portal;
            website.PublicSecurityRecordNumber = "渝公网安备50011202500488号";
            website.SiteCode = "5000000001";
            await context.SaveChangesAsync();
            Assert.Equal(1, await context.AuditEntries.CountAsync());
        }
    }
}
