namespace Pucha.Core.Websites;

/// <summary>
/// The one-character abbreviations of the 31 provincial divisions of the mainland, as used at the
/// start of ICP record numbers (京ICP备…) and public-security record numbers (京公网安备…).
/// The record systems use 川/贵/云/陕/甘, not the alternatives 蜀/黔/滇/秦/陇.
/// </summary>
public static class ProvinceAbbreviations
{
    /// <summary>In GB/T 2260 order, from 京 (11) to 新 (65).</summary>
    public const string All = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新";

    /// <summary>Province code (two digits) → abbreviation.</summary>
    public static IReadOnlyDictionary<string, char> ByProvinceCode { get; } = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["11"] = '京', ["12"] = '津', ["13"] = '冀', ["14"] = '晋', ["15"] = '蒙',
        ["21"] = '辽', ["22"] = '吉', ["23"] = '黑',
        ["31"] = '沪', ["32"] = '苏', ["33"] = '浙', ["34"] = '皖', ["35"] = '闽', ["36"] = '赣', ["37"] = '鲁',
        ["41"] = '豫', ["42"] = '鄂', ["43"] = '湘', ["44"] = '粤', ["45"] = '桂', ["46"] = '琼',
        ["50"] = '渝', ["51"] = '川', ["52"] = '贵', ["53"] = '云', ["54"] = '藏',
        ["61"] = '陕', ["62"] = '甘', ["63"] = '青', ["64"] = '宁', ["65"] = '新',
    };

    public static bool Contains(char c) => All.Contains(c, StringComparison.Ordinal);
}
