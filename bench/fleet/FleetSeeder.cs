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

        var registry = new OrganizationStore(db);
        var root = await db.Organizations.FirstOrDefaultAsync(o => o.Kind == OrganizationKind.StateCouncilOffice)
                   ?? (await registry.CreateAsync(new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice })).Value!;
        var province = (await registry.CreateAsync(new Organization { Name = "北京市人民政府办公厅", Kind = OrganizationKind.ProvincialGovernmentOffice, ParentId = root.Id, RegionCode = "110000" })).Value!;
        var unit = (await registry.CreateAsync(new Organization { Name = "基准测试网站群主管单位", Kind = OrganizationKind.ReportingUnit, ParentId = province.Id, RegionCode = "110000" })).Value!;

        // One site through EF (every required field as the registry validates it), then the rest copied from
        // it by one INSERT … SELECT over a generated sequence: 100,000 rows through EF took over 10 minutes
        // on PostgreSQL; one statement takes seconds. Only the number in the name and the host differ.
        var template = NewSite(unit, 1, port);
        db.Websites.Add(template);
        await db.SaveChangesAsync();
        if (count > 1)
            await db.Database.ExecuteSqlRawAsync(CopySql(db, template, count));
    }

    private static string CopySql(PuchaDbContext db, Website template, int count)
    {
        var entity = db.Model.FindEntityType(typeof(Website))!;
        var table = entity.GetTableName()!;
        var columns = entity.GetProperties().ToList();
        var names = new List<string>();
        var values = new List<string>();
        foreach (var property in columns)
        {
            if (property.IsPrimaryKey())
                continue;
            var column = property.GetColumnName();
            names.Add(Quote(column));
            values.Add(property.Name switch
            {
                nameof(Website.Name) => PerSite(template.Name, template.Name.Length - 1),
                nameof(Website.HomepageUrl) => PerSite(template.HomepageUrl, NumberAt(template.HomepageUrl)),
                nameof(Website.NormalizedHomepageUrl) => PerSite(template.NormalizedHomepageUrl, NumberAt(template.NormalizedHomepageUrl)),
                _ => "t." + Quote(column),
            });
        }

        return $"""
            WITH RECURSIVE seq(n) AS (SELECT 2 UNION ALL SELECT n + 1 FROM seq WHERE n < {count})
            INSERT INTO {Quote(table)} ({string.Join(", ", names)})
            SELECT {string.Join(", ", values)}
            FROM seq CROSS JOIN (SELECT * FROM {Quote(table)} WHERE "Id" = {template.Id}) AS t
            ORDER BY seq.n
            """;
    }

    // The template's text with the site number in place of the "1" at <paramref name="at"/>: 'before' || n || 'after'.
    private static string PerSite(string text, int at) =>
        $"'{Escape(text[..at])}' || CAST(seq.n AS TEXT) || '{Escape(text[(at + 1)..])}'";

    private static int NumberAt(string url) => url.IndexOf("s1" + FleetServer.HostSuffix, StringComparison.Ordinal) + 1;

    private static string Escape(string text) => text.Replace("'", "''", StringComparison.Ordinal);

    private static string Quote(string name) => "\"" + name + "\"";

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
