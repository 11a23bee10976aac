namespace Pucha.Core.Regions;

/// <summary>
/// Builds the full division name of the 附件3 "部门/地区" cell (填写说明（一）: 湖南省长沙市天心区), leaving out the
/// statistical placeholders that are not part of any official name: 北京市东城区, 重庆市城口县, 河南省济源市.
/// </summary>
public static class RegionFullName
{
    private static readonly string[] PlaceholderNames =
    [
        "市辖区",
        "县",
        "省直辖县级行政区划",
        "自治区直辖县级行政区划",
    ];

    /// <summary>True for a city-level name that stands for "no prefecture here".</summary>
    public static bool IsPlaceholder(string cityName) => Array.IndexOf(PlaceholderNames, cityName) >= 0;

    /// <summary>Joins province, city and county names, skipping absent parts and placeholders.</summary>
    public static string Build(string provinceName, string? cityName = null, string? countyName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provinceName);
        var city = cityName is null || IsPlaceholder(cityName) ? "" : cityName;

        // A prefecture-level city without counties (东莞市, 中山市, 儋州市) is listed once more as its own
        // "county"; it must not be written twice.
        var county = countyName is null || countyName == cityName ? "" : countyName;
        return string.Concat(provinceName, city, county);
    }
}
