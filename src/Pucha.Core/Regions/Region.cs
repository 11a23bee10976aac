namespace Pucha.Core.Regions;

/// <summary>One GB/T 2260 administrative division (行政区划).</summary>
public sealed class Region
{
    /// <summary>Six-digit division code, e.g. 430103 (天心区); provinces end in 0000, cities in 00.</summary>
    public string Code { get; set; } = "";

    /// <summary>The division's own name, e.g. 天心区.</summary>
    public string Name { get; set; } = "";

    /// <summary>The full name as the 附件3 "部门/地区" cell wants it, e.g. 湖南省长沙市天心区.</summary>
    public string FullName { get; set; } = "";

    public RegionLevel Level { get; set; }

    /// <summary>Code of the division one level up; null for provinces.</summary>
    public string? ParentCode { get; set; }

    /// <summary>
    /// True for the statistical placeholders between province and county that are not a government
    /// (市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划): counties under them report to the province.
    /// </summary>
    public bool IsPlaceholder { get; set; }
}
