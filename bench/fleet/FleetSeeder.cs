using Microsoft.EntityFrameworkCore;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Organizations;

namespace Pucha.Bench.Fleet;

/// <summary>Fills a fresh database with one reporting unit and <c>count</c> websites pointing at the fleet server.</summary>
public static class FleetSeeder
{
    public static async Task SeedAsync(string connectionString, int count, int port)
    {
        await using var db = new PuchaDbContext(PuchaDbContextOptions.Create(connectionString));
        await PuchaDatabase.MigrateAsync(db);
        if (await db.Websites.AnyAsync())
            throw new InvalidOperationException("the database already holds websites: use a fresh one");

        var registry = new OrganizationRegistry(db);
        var root = await db.Organizations.FirstOrDefaultAsync(o => o.Kind == OrganizationKind.StateCouncilOffice)
                   ?? await registry.CreateAsync(new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice });
        var province = await registry.CreateAsync(new Organization { Name = "北京市人民政府办公厅", Kind = OrganizationKind.ProvincialGovernmentOffice, ParentId = root.Id, RegionCode = "110000" });
        var unit = await registry.CreateAsync(new Organization { Name = "基准测试网站群主管单位", Kind = OrganizationKind.ReportingUnit, ParentId = province.Id, RegionCode = "110000" });

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var first = 1; first <= count; first += 5000)
        {
            var last = Math.Min(count, first + 4999);
            for (var id = first; id <= last; id++)
                db.Websites.Add(NewSite(unit, id, port));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static Website NewSite(Organization unit, int n, int port)
    {
        var url = FleetServer.HomepageUrl(n, port);
        return new Website
        {
            OrganizationId = unit.Id, OrganizationPath = unit.Path, RegionCode = "110000", DepartmentOrRegion = "北京市",
            Name = $"基准测试网站{n}", IcpNumber = "京ICP备05060933号", HomepageUrl = url, NormalizedHomepageUrl = HomepageUrls.Normalize(url),
            SupervisingUnit = "基准测试网站群主管单位", OfficeAddress = "北京市通州区运河东大街57号",
            ManagerName = "张伟", ManagerTitle = "处长", ManagerOfficePhone = "010-12345678", ManagerMobile = "13800138000", ManagerEmail = "zhangwei@example.gov.cn",
            ContactName = "王芳", ContactOfficePhone = "010-87654321", ContactMobile = "13900139000", ContactEmail = "wangfang@example.gov.cn",
            SignatoryHead = "李强", SignatoryReviewer = "刘洋", SignatoryFiller = "王芳", SignatoryPhone = "010-87654321",
            FilledOn = new DateOnly(2026, 11, 1), Sponsor = "基准测试网站群主管单位", WebsiteType = WebsiteType.Department,
            PublicSecurityRecordNumber = "京公网安备110105000722", Status = CensusStatus.Approved,
        };
    }
}
