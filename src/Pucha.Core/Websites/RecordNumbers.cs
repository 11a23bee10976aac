using System.Text.RegularExpressions;

namespace Pucha.Core.Websites;

/// <summary>Formats of the ICP record number (ICP备案编号) and the public-security record number (公安机关备案号).</summary>
public static partial class RecordNumbers
{
    /// <summary>
    /// 京ICP备05060933号, optionally with a site suffix (京ICP备05060933号-1). The trailing 号 may be
    /// missing: the 2018 notice itself writes "京ICP备05060933".
    /// </summary>
    public static bool IsIcpNumber(string? value) => value is not null && IcpPattern().IsMatch(value);

    /// <summary>
    /// 京公网安备11010502000001号: abbreviation + 公网安备 + the record's digits (+ optional 号). The
    /// current numbers have 14 digits, but the 2018 notice's own example 京公网安备110105000722 has 12,
    /// so 11 to 14 digits are accepted.
    /// </summary>
    public static bool IsPublicSecurityRecordNumber(string? value) => value is not null && PublicSecurityPattern().IsMatch(value);

    [GeneratedRegex("^[" + ProvinceAbbreviations.All + "]ICP备[0-9]{4,12}号?(-[0-9]{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IcpPattern();

    [GeneratedRegex("^[" + ProvinceAbbreviations.All + "]公网安备[0-9]{11,14}号?$", RegexOptions.CultureInvariant)]
    private static partial Regex PublicSecurityPattern();
}
