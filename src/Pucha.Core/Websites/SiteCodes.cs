using System.Text.RegularExpressions;

namespace Pucha.Core.Websites;

/// <summary>
/// Shape of the 网站标识码 issued by the census (《关于开展第一次全国政府网站普查的通知》解读（国办发〔2015〕15号）): a local site's six-digit division code
/// plus a four-digit sequence (1100000088), or 'bm' + the two-digit department code + six digits
/// for a State Council department's site (bm07000001).
/// </summary>
public static partial class SiteCodes
{
    public static bool IsWellFormed(string? value) => value is not null && Pattern().IsMatch(value);

    [GeneratedRegex("^([0-9]{10}|bm[0-9]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
