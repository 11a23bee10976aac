using System.Text.RegularExpressions;
using Pucha.Core.Regions;

namespace Pucha.Core.Organizations;

/// <summary>
/// The reporting path of the census notices: local units report through their government's office (doubly
/// managed departments included, 渝府办发〔2015〕52号 §三(四), 湘政办函〔2015〕43号 二(四)); vertically managed systems
/// report through their ministry, never the local government; a county under a municipality's
/// placeholder (市辖区/县) or a province-administered county (省直辖县级行政区划) reports to the province.
/// </summary>
public static partial class ReportingRule
{
    /// <summary>
    /// Which organizer <paramref name="unit"/> (its Kind, ManagementMode, RegionCode, DepartmentCode)
    /// reports to. <paramref name="findRegion"/> looks a six-digit code up in the division table.
    /// </summary>
    public static ReportingLine Resolve(Organization unit, Func<string, Region?> findRegion)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(findRegion);

        if (unit.DepartmentCode is not null && !DepartmentCodePattern().IsMatch(unit.DepartmentCode))
        {
            return ReportingLine.Invalid($"部门代码应为2位数字：{unit.DepartmentCode}");
        }

        Region? region = null;
        if (unit.RegionCode is not null)
        {
            region = RegionCode.IsValid(unit.RegionCode) ? findRegion(unit.RegionCode) : null;
            if (region is null)
            {
                return ReportingLine.Invalid($"行政区划代码不存在：{unit.RegionCode}");
            }
        }

        return unit.Kind switch
        {
            OrganizationKind.StateCouncilOffice => unit.RegionCode is null && unit.DepartmentCode is null
                ? ReportingLine.Root
                : ReportingLine.Invalid("国务院办公厅不填写行政区划和部门代码。"),
            OrganizationKind.ProvincialGovernmentOffice => region is { Level: RegionLevel.Province }
                ? ReportingLine.To(new ReportingTarget(OrganizationKind.StateCouncilOffice, null, null))
                : ReportingLine.Invalid("省级政府办公厅须选择省级行政区划。"),
            OrganizationKind.MinistryOffice => unit.DepartmentCode is not null && unit.RegionCode is null
                ? ReportingLine.To(new ReportingTarget(OrganizationKind.StateCouncilOffice, null, null))
                : ReportingLine.Invalid("国务院部门办公厅（室）须填写部门代码，不填写行政区划。"),
            OrganizationKind.CityGovernmentOffice => region is { Level: RegionLevel.City, IsPlaceholder: false }
                ? ReportingLine.To(new ReportingTarget(OrganizationKind.ProvincialGovernmentOffice, RegionCode.ProvinceOf(region.Code), null))
                : ReportingLine.Invalid("市级政府办公室须选择地级行政区划（不能是“市辖区”“县”等统计用区划）。"),
            OrganizationKind.CountyGovernmentOffice => region is { Level: RegionLevel.County }
                ? ReportingLine.To(LocalGovernmentOfficeAbove(region, findRegion))
                : ReportingLine.Invalid("县级政府办公室须选择县级行政区划。"),
            OrganizationKind.ProvincialVerticalDepartment => ResolveProvincialVerticalDepartment(unit, region),
            OrganizationKind.ReportingUnit => ResolveReportingUnit(unit, region),
            _ => ReportingLine.Invalid($"未知的单位类型：{unit.Kind}"),
        };
    }

    /// <summary>
    /// Checks that <paramref name="parent"/> is whom <paramref name="unit"/> must report to; returns a
    /// Chinese error, or null when the placement is right.
    /// </summary>
    public static string? CheckParent(Organization unit, Organization? parent, Func<string, Region?> findRegion)
    {
        var line = Resolve(unit, findRegion);
        if (line.Error is not null)
        {
            return line.Error;
        }

        if (line.IsRoot)
        {
            return parent is null ? null : "国务院办公厅是最上级组织单位，不能有上级单位。";
        }

        if (parent is null)
        {
            return $"请选择上级组织单位：应为{line.Describe()}。";
        }

        if (line.Accepts(parent))
        {
            return null;
        }

        var why = unit.ManagementMode == ManagementMode.Vertical
            ? "实行全系统垂直管理的部门通过其上级主管部门报送，不通过地方政府。"
            : unit.ManagementMode == ManagementMode.Double
                ? "实行双重管理的部门由同级政府办公室（厅）汇总报送。"
                : "";
        return $"上级单位“{parent.Name}”不正确：应为{line.Describe()}。{why}";
    }

    private static ReportingLine ResolveProvincialVerticalDepartment(Organization unit, Region? region)
    {
        if (unit.ManagementMode != ManagementMode.Vertical)
        {
            return ReportingLine.Invalid("省级垂直管理部门的管理方式须为“垂直管理”。");
        }

        if (region is not { Level: RegionLevel.Province } || unit.DepartmentCode is null)
        {
            return ReportingLine.Invalid("省级垂直管理部门须选择省级行政区划并填写所属国务院部门的部门代码。");
        }

        return ReportingLine.To(new ReportingTarget(OrganizationKind.MinistryOffice, null, unit.DepartmentCode));
    }

    private static ReportingLine ResolveReportingUnit(Organization unit, Region? region)
    {
        if (region is null)
        {
            // A State Council department's own units (内设机构, 参公事业单位) report to its office.
            return unit.DepartmentCode is null
                ? ReportingLine.Invalid("填报单位须填写行政区划；国务院部门的单位须填写部门代码。")
                : ReportingLine.To(new ReportingTarget(OrganizationKind.MinistryOffice, null, unit.DepartmentCode));
        }

        if (unit.ManagementMode == ManagementMode.Vertical)
        {
            if (unit.DepartmentCode is null)
            {
                return ReportingLine.Invalid("实行垂直管理的单位须填写所属国务院部门的部门代码。");
            }

            return ReportingLine.To(
                new ReportingTarget(OrganizationKind.ProvincialVerticalDepartment, RegionCode.ProvinceOf(region.Code), unit.DepartmentCode),
                new ReportingTarget(OrganizationKind.MinistryOffice, null, unit.DepartmentCode));
        }

        // Normal and doubly managed units report through their own level's government office.
        return region.Level switch
        {
            RegionLevel.Province => ReportingLine.To(new ReportingTarget(OrganizationKind.ProvincialGovernmentOffice, region.Code, null)),
            RegionLevel.City when region.IsPlaceholder =>
                ReportingLine.To(new ReportingTarget(OrganizationKind.ProvincialGovernmentOffice, RegionCode.ProvinceOf(region.Code), null)),
            RegionLevel.City => ReportingLine.To(new ReportingTarget(OrganizationKind.CityGovernmentOffice, region.Code, null)),
            _ => ReportingLine.To(new ReportingTarget(OrganizationKind.CountyGovernmentOffice, region.Code, null)),
        };
    }

    private static ReportingTarget LocalGovernmentOfficeAbove(Region county, Func<string, Region?> findRegion)
    {
        var cityCode = county.ParentCode ?? RegionCode.CityOf(county.Code);
        var city = cityCode is null ? null : findRegion(cityCode);
        return city is null || city.IsPlaceholder
            ? new ReportingTarget(OrganizationKind.ProvincialGovernmentOffice, RegionCode.ProvinceOf(county.Code), null)
            : new ReportingTarget(OrganizationKind.CityGovernmentOffice, city.Code, null);
    }

    [GeneratedRegex("^[0-9]{2}$")]
    private static partial Regex DepartmentCodePattern();
}
