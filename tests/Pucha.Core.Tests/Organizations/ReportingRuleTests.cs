using Pucha.Core.Organizations;
using Pucha.Core.Regions;

namespace Pucha.Core.Tests.Organizations;

public sealed class ReportingRuleTests
{
    private static readonly Dictionary<string, Region> Regions = new[]
    {
        Region("430000", "湖南省", RegionLevel.Province, null),
        Region("430100", "长沙市", RegionLevel.City, "430000"),
        Region("430103", "天心区", RegionLevel.County, "430100"),
        Region("110000", "北京市", RegionLevel.Province, null),
        Region("110100", "市辖区", RegionLevel.City, "110000", placeholder: true),
        Region("110101", "东城区", RegionLevel.County, "110100"),
        Region("410000", "河南省", RegionLevel.Province, null),
        Region("419000", "省直辖县级行政区划", RegionLevel.City, "410000", placeholder: true),
        Region("419001", "济源市", RegionLevel.County, "419000"),
        Region("210000", "辽宁省", RegionLevel.Province, null),
        Region("210200", "大连市", RegionLevel.City, "210000"),
        Region("210202", "中山区", RegionLevel.County, "210200"),
    }.ToDictionary(r => r.Code);

    private static readonly Organization StateCouncil = Org(1, OrganizationKind.StateCouncilOffice, "国务院办公厅");
    private static readonly Organization Hunan = Org(2, OrganizationKind.ProvincialGovernmentOffice, "湖南省人民政府办公厅", "430000");
    private static readonly Organization Beijing = Org(3, OrganizationKind.ProvincialGovernmentOffice, "北京市人民政府办公厅", "110000");
    private static readonly Organization Henan = Org(4, OrganizationKind.ProvincialGovernmentOffice, "河南省人民政府办公厅", "410000");
    private static readonly Organization Changsha = Org(5, OrganizationKind.CityGovernmentOffice, "长沙市人民政府办公厅", "430100");
    private static readonly Organization Tianxin = Org(6, OrganizationKind.CountyGovernmentOffice, "天心区人民政府办公室", "430103");
    private static readonly Organization Customs = Org(7, OrganizationKind.MinistryOffice, "海关总署办公厅", department: "05");
    private static readonly Organization Liaoning = Org(8, OrganizationKind.ProvincialGovernmentOffice, "辽宁省人民政府办公厅", "210000");
    private static readonly Organization Dalian = Org(9, OrganizationKind.CityGovernmentOffice, "大连市人民政府办公室", "210200");
    private static readonly Organization TaxLiaoning = Org(10, OrganizationKind.ProvincialVerticalDepartment, "国家税务总局辽宁省税务局", "210000", "08", ManagementMode.Vertical);
    private static readonly Organization Tax = Org(11, OrganizationKind.MinistryOffice, "国家税务总局办公厅", department: "08");

    [Fact]
    public void The_State_Council_office_is_the_root()
    {
        var unit = Org(0, OrganizationKind.StateCouncilOffice, "国务院办公厅");
        Assert.Null(Check(unit, null));
        Assert.Contains("不能有上级单位", Check(unit, Hunan));
    }

    [Fact]
    public void Provincial_offices_and_ministries_report_to_the_State_Council_office()
    {
        Assert.Null(Check(Org(0, OrganizationKind.ProvincialGovernmentOffice, "湖南省人民政府办公厅", "430000"), StateCouncil));
        Assert.Null(Check(Org(0, OrganizationKind.MinistryOffice, "海关总署办公厅", department: "05"), StateCouncil));
        Assert.Contains("省级行政区划", Check(Org(0, OrganizationKind.ProvincialGovernmentOffice, "长沙", "430100"), StateCouncil));
        Assert.Contains("部门代码", Check(Org(0, OrganizationKind.MinistryOffice, "无代码的部门"), StateCouncil));
    }

    [Fact]
    public void A_city_office_reports_to_its_own_province()
    {
        var unit = Org(0, OrganizationKind.CityGovernmentOffice, "长沙市人民政府办公厅", "430100");
        Assert.Null(Check(unit, Hunan));
        Assert.Contains("上级单位“北京市人民政府办公厅”不正确", Check(unit, Beijing));
        Assert.Contains("请选择上级组织单位", Check(unit, null));
    }

    [Fact]
    public void A_city_office_cannot_sit_on_a_placeholder_division()
    {
        Assert.Contains("统计用区划", Check(Org(0, OrganizationKind.CityGovernmentOffice, "市辖区", "110100"), Beijing));
    }

    [Fact]
    public void A_county_office_reports_to_its_city()
    {
        Assert.Null(Check(Org(0, OrganizationKind.CountyGovernmentOffice, "天心区人民政府办公室", "430103"), Changsha));
        Assert.NotNull(Check(Org(0, OrganizationKind.CountyGovernmentOffice, "天心区人民政府办公室", "430103"), Hunan));
    }

    [Fact]
    public void Counties_under_placeholders_report_to_the_province()
    {
        Assert.Null(Check(Org(0, OrganizationKind.CountyGovernmentOffice, "东城区人民政府办公室", "110101"), Beijing));
        Assert.Null(Check(Org(0, OrganizationKind.CountyGovernmentOffice, "济源市人民政府办公室", "419001"), Henan));
    }

    [Fact]
    public void An_ordinary_department_reports_through_its_own_level_of_government()
    {
        Assert.Null(Check(Unit("天心区教育局", "430103", ManagementMode.Normal), Tianxin));
        Assert.Null(Check(Unit("湖南省交通运输厅", "430000", ManagementMode.Normal), Hunan));
        Assert.NotNull(Check(Unit("天心区教育局", "430103", ManagementMode.Normal), Changsha));
    }

    [Fact]
    public void A_doubly_managed_department_reports_through_the_local_government_office()
    {
        var unit = Unit("长沙市气象局", "430100", ManagementMode.Double, "09");
        Assert.Null(Check(unit, Changsha));

        var error = Check(unit, Org(12, OrganizationKind.MinistryOffice, "中国气象局办公室", department: "09"));
        Assert.Contains("双重管理", error);
        Assert.Contains("市级政府办公室（行政区划 430100）", error);
    }

    [Fact]
    public void A_vertically_managed_unit_reports_through_its_ministry_not_the_local_government()
    {
        var dalianCustoms = Unit("大连海关", "210200", ManagementMode.Vertical, "05");
        Assert.Null(Check(dalianCustoms, Customs));

        var error = Check(dalianCustoms, Dalian);
        Assert.Contains("垂直管理", error);
        Assert.Contains("部门代码 05", error);
    }

    [Fact]
    public void A_vertically_managed_unit_prefers_its_systems_provincial_office()
    {
        var unit = Unit("国家税务总局大连市中山区税务局", "210202", ManagementMode.Vertical, "08");
        var line = ReportingRule.Resolve(unit, Find);

        Assert.True(line.Targets[0].Matches(TaxLiaoning));
        Assert.True(line.Targets[1].Matches(Tax));
        Assert.Null(Check(unit, TaxLiaoning));
        Assert.Null(Check(unit, Tax));
        Assert.NotNull(Check(unit, Customs));
        Assert.NotNull(Check(unit, Liaoning));
    }

    [Fact]
    public void A_vertically_managed_unit_needs_its_department_code()
    {
        Assert.Contains("部门代码", Check(Unit("某垂直管理单位", "210200", ManagementMode.Vertical), Customs));
    }

    [Fact]
    public void A_provincial_vertical_department_reports_to_its_ministry()
    {
        var unit = Org(0, OrganizationKind.ProvincialVerticalDepartment, "国家税务总局辽宁省税务局", "210000", "08", ManagementMode.Vertical);
        Assert.Null(Check(unit, Tax));
        Assert.NotNull(Check(unit, Liaoning));

        var notVertical = Org(0, OrganizationKind.ProvincialVerticalDepartment, "某厅", "210000", "08", ManagementMode.Normal);
        Assert.Contains("垂直管理", Check(notVertical, Tax));
    }

    [Fact]
    public void A_ministrys_own_unit_reports_to_the_ministry_office()
    {
        var unit = Unit("中国标准化研究院", null, ManagementMode.Normal, "05");
        Assert.Null(Check(unit, Customs));
        Assert.NotNull(Check(unit, Tax));
        Assert.Contains("行政区划", Check(Unit("无地区无部门", null, ManagementMode.Normal), Customs));
    }

    [Fact]
    public void Unknown_division_codes_and_bad_department_codes_are_refused()
    {
        Assert.Contains("行政区划代码不存在：439999", Check(Unit("某单位", "439999", ManagementMode.Normal), Hunan));
        Assert.Contains("部门代码应为2位数字", Check(Unit("某单位", null, ManagementMode.Normal, "5"), Customs));
    }

    private static string? Check(Organization unit, Organization? parent) => ReportingRule.CheckParent(unit, parent, Find);

    private static Region? Find(string code) => Regions.GetValueOrDefault(code);

    private static Organization Unit(string name, string? region, ManagementMode mode, string? department = null) =>
        Org(0, OrganizationKind.ReportingUnit, name, region, department, mode);

    private static Organization Org(int id, OrganizationKind kind, string name, string? region = null, string? department = null,
        ManagementMode mode = ManagementMode.Normal) => new()
        {
            Id = id,
            Kind = kind,
            Name = name,
            RegionCode = region,
            DepartmentCode = department,
            ManagementMode = mode,
        };

    private static Region Region(string code, string name, RegionLevel level, string? parent, bool placeholder = false) => new()
    {
        Code = code,
        Name = name,
        Level = level,
        ParentCode = parent,
        IsPlaceholder = placeholder,
    };
}
