using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Organizations;

namespace Pucha.Testing;

/// <summary>
/// A small organization tree for review tests and the census benchmark: 国务院办公厅 → 湖南省政府办公厅 →
/// 长沙市政府办公室 → 天心区政府办公室 → 天心区教育局 (a reporting unit), and 海关总署办公厅 → 海关总署政策法规司.
/// Shared by tests/Pucha.Data.Tests and bench/census (linked as source there, so the benchmark needs no test framework).
/// </summary>
public sealed record CensusTree(Organization Root, Organization Province, Organization City, Organization County,
    Organization Unit, Organization Ministry, Organization CustomsUnit)
{
    public static async Task<CensusTree> CreateAsync(PuchaDbContext context)
    {
        var registry = new OrganizationStore(context);
        var root = await registry.CreateOrFailAsync(new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice });
        var province = await registry.CreateOrFailAsync(new Organization
        {
            Name = "湖南省人民政府办公厅", Kind = OrganizationKind.ProvincialGovernmentOffice, ParentId = root.Id, RegionCode = "430000",
        });
        var city = await registry.CreateOrFailAsync(new Organization
        {
            Name = "长沙市人民政府办公厅", Kind = OrganizationKind.CityGovernmentOffice, ParentId = province.Id, RegionCode = "430100",
        });
        var county = await registry.CreateOrFailAsync(new Organization
        {
            Name = "长沙市天心区人民政府办公室", Kind = OrganizationKind.CountyGovernmentOffice, ParentId = city.Id, RegionCode = "430103",
        });
        var unit = await registry.CreateOrFailAsync(new Organization
        {
            Name = "长沙市天心区教育局", Kind = OrganizationKind.ReportingUnit, ParentId = county.Id, RegionCode = "430103",
        });
        var ministry = await registry.CreateOrFailAsync(new Organization
        {
            Name = "海关总署办公厅", Kind = OrganizationKind.MinistryOffice, ParentId = root.Id, DepartmentCode = "07",
        });
        var customs = await registry.CreateOrFailAsync(new Organization
        {
            Name = "海关总署政策法规司", Kind = OrganizationKind.ReportingUnit, ParentId = ministry.Id, DepartmentCode = "07",
        });
        return new CensusTree(root, province, city, county, unit, ministry, customs);
    }

    /// <summary>Adds <paramref name="count"/> reporting units named <paramref name="name"/>(1…count) under <paramref name="parent"/>.</summary>
    public static async Task<List<Organization>> AddUnitsAsync(PuchaDbContext context, Organization parent, int count, Func<int, string> name)
    {
        var registry = new OrganizationStore(context);
        var units = new List<Organization>(count);
        for (var u = 1; u <= count; u++)
        {
            units.Add(await registry.CreateOrFailAsync(new Organization
            {
                Name = name(u), Kind = OrganizationKind.ReportingUnit, ParentId = parent.Id, RegionCode = parent.RegionCode,
            }));
        }

        return units;
    }

    public static Website Website(Organization unit, int n, string? regionCode = "430103") => new()
    {
        OrganizationId = unit.Id,
        OrganizationPath = unit.Path,
        RegionCode = regionCode,
        DepartmentOrRegion = "湖南省长沙市天心区",
        Name = $"天心区教育局网站{n}",
        IcpNumber = "湘ICP备05012345号",
        HomepageUrl = $"http://jyj{n}.tianxin.gov.cn",
        NormalizedHomepageUrl = $"http://jyj{n}.tianxin.gov.cn/",
        SupervisingUnit = "长沙市天心区教育局",
        OfficeAddress = "长沙市天心区书院路1号",
        ManagerName = "张三",
        ManagerTitle = "局长",
        ManagerEmail = $"zhang{n}@tianxin.gov.cn",
        ContactName = "李四",
        ContactEmail = $"li{n}@tianxin.gov.cn",
    };
}
