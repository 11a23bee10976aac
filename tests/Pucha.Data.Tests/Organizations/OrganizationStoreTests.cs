using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Audit;
using Pucha.Core.Organizations;
using Pucha.Data.Infrastructure;
using Pucha.Data.Organizations;
using Pucha.Testing;

namespace Pucha.Data.Tests.Organizations;

public sealed class OrganizationStoreTests
{
    [Theory, SqliteData, PostgresData]
    public async Task Builds_the_tree_with_materialized_paths(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var registry = new OrganizationStore(context);

        var root = await registry.CreateOrFailAsync(new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice });
        var hunan = await registry.CreateOrFailAsync(Office(OrganizationKind.ProvincialGovernmentOffice, "湖南省人民政府办公厅", "430000", root));
        var changsha = await registry.CreateOrFailAsync(Office(OrganizationKind.CityGovernmentOffice, "长沙市人民政府办公厅", "430100", hunan));
        var tianxin = await registry.CreateOrFailAsync(Office(OrganizationKind.CountyGovernmentOffice, "长沙市天心区人民政府办公室", "430103", changsha));
        var unit = await registry.CreateOrFailAsync(new Organization
        {
            Name = "长沙市天心区教育局", Kind = OrganizationKind.ReportingUnit, RegionCode = "430103", ParentId = tianxin.Id,
        });

        Assert.Equal($"/{root.Id}/", root.Path);
        Assert.Equal($"/{root.Id}/{hunan.Id}/{changsha.Id}/{tianxin.Id}/{unit.Id}/", unit.Path);

        var hunanSubtree = await context.Organizations.WithinSubtree(hunan.Path).OrderBy(o => o.Id).Select(o => o.Name).ToListAsync();
        Assert.Equal(["湖南省人民政府办公厅", "长沙市人民政府办公厅", "长沙市天心区人民政府办公室", "长沙市天心区教育局"], hunanSubtree);

        // One 新增 per unit, written with its final path.
        var created = await context.AuditEntries.Where(a => a.EntityType == nameof(Organization)).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(5, created.Count);
        Assert.All(created, a => Assert.Equal(AuditAction.Create, a.Action));
        Assert.Equal(unit.Path, created[^1].OrganizationPath);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Refuses_a_unit_placed_against_the_reporting_rule_and_saves_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var registry = new OrganizationStore(context);
        var root = await registry.CreateOrFailAsync(new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice });
        var liaoning = await registry.CreateOrFailAsync(Office(OrganizationKind.ProvincialGovernmentOffice, "辽宁省人民政府办公厅", "210000", root));
        var dalian = await registry.CreateOrFailAsync(Office(OrganizationKind.CityGovernmentOffice, "大连市人民政府办公室", "210200", liaoning));
        var countBefore = await context.Organizations.CountAsync();

        var error = await registry.CreateAsync(new Organization
        {
            Name = "大连海关", Kind = OrganizationKind.ReportingUnit, RegionCode = "210200",
            DepartmentCode = "05", ManagementMode = ManagementMode.Vertical, ParentId = dalian.Id,
        });

        Assert.Equal(OutcomeKind.Invalid, error.Kind);
        Assert.Contains("实行全系统垂直管理的部门通过其上级主管部门报送", error.Message);
        Assert.Equal(countBefore, await context.Organizations.CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Finds_whom_a_new_unit_reports_to(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var registry = new OrganizationStore(context);
        var root = await registry.CreateOrFailAsync(new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice });
        var beijing = await registry.CreateOrFailAsync(Office(OrganizationKind.ProvincialGovernmentOffice, "北京市人民政府办公厅", "110000", root));
        var customs = await registry.CreateOrFailAsync(new Organization
        {
            Name = "海关总署办公厅", Kind = OrganizationKind.MinistryOffice, DepartmentCode = "05", ParentId = root.Id,
        });

        var dongcheng = new Organization { Name = "北京市东城区人民政府办公室", Kind = OrganizationKind.CountyGovernmentOffice, RegionCode = "110101" };
        Assert.Equal(beijing.Id, (await registry.FindReportingParentAsync(dongcheng)).Value?.Id);

        var dalianCustoms = new Organization
        {
            Name = "大连海关", Kind = OrganizationKind.ReportingUnit, RegionCode = "210200", DepartmentCode = "05", ManagementMode = ManagementMode.Vertical,
        };
        Assert.Equal(customs.Id, (await registry.FindReportingParentAsync(dalianCustoms)).Value?.Id);

        var changsha = new Organization { Name = "长沙市人民政府办公厅", Kind = OrganizationKind.CityGovernmentOffice, RegionCode = "430100" };
        Assert.Equal(OutcomeKind.NotFound, (await registry.FindReportingParentAsync(changsha)).Kind);
    }

    [Theory, SqliteData, PostgresData]
    public async Task There_is_only_one_root_and_names_are_required(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await using var context = database.CreateContext();
        var registry = new OrganizationStore(context);
        await registry.CreateOrFailAsync(new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice });

        var second = await registry.CreateAsync(new Organization { Name = "另一个", Kind = OrganizationKind.StateCouncilOffice });
        Assert.Equal("国务院办公厅已存在，只能有一个最上级组织单位。", second.Errors["ParentId"]);

        var unnamed = await registry.CreateAsync(new Organization { Name = "  ", Kind = OrganizationKind.ReportingUnit });
        Assert.Equal("请填写单位名称。", unnamed.Errors["Name"]);

        var orphan = await registry.CreateAsync(new Organization { Name = "某单位", Kind = OrganizationKind.ReportingUnit, RegionCode = "430103", ParentId = 999 });
        Assert.Equal("上级单位不存在。", orphan.Errors["ParentId"]);
        Assert.Null(orphan.Value);
    }

    private static Organization Office(OrganizationKind kind, string name, string region, Organization parent) =>
        new() { Name = name, Kind = kind, RegionCode = region, ParentId = parent.Id };
}
