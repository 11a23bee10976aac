namespace Pucha.Core.Regions;

/// <summary>The three levels of GB/T 2260 administrative divisions the registry uses.</summary>
public enum RegionLevel
{
    /// <summary>省级 (province, autonomous region, municipality).</summary>
    Province = 1,

    /// <summary>地级 (prefecture-level city, prefecture, league; or a municipality's placeholder 市辖区/县).</summary>
    City = 2,

    /// <summary>县级 (county, district, county-level city, banner).</summary>
    County = 3,
}
