using System.Globalization;

namespace Pucha.Core.Census;

/// <summary>
/// 网站标识码 (渝府办发〔2015〕52号 附件1 (四), 《国务院办公厅关于做好政府网站年度报表发布工作的通知》（国办函〔2018〕12号）): issued once a site is approved at province/ministry level.
/// Local sites: 6-digit GB/T 2260 division code + 4-digit sequence (1100000088); State Council
/// departments: "bm" + 2-digit department code + 6-digit sequence (bm07000001).
/// </summary>
public static class SiteIdentifier
{
    public const int LocalSequenceDigits = 4;
    public const int CentralSequenceDigits = 6;
    public const int Length = 10;

    /// <summary>The prefix of a local site: its province/city/county division code.</summary>
    public static string LocalPrefix(string divisionCode)
    {
        if (divisionCode is not { Length: 6 } || !IsDigits(divisionCode))
        {
            throw new ArgumentException($"行政区划代码应为6位数字：{divisionCode}", nameof(divisionCode));
        }

        return divisionCode;
    }

    /// <summary>The prefix of a central department's site: "bm" + the department's 2-digit code.</summary>
    public static string CentralPrefix(string departmentCode)
    {
        if (departmentCode is not { Length: 2 } || !IsDigits(departmentCode))
        {
            throw new ArgumentException($"部门代码应为2位数字：{departmentCode}", nameof(departmentCode));
        }

        return "bm" + departmentCode;
    }

    /// <summary>How many sequence digits follow <paramref name="prefix"/>.</summary>
    public static int SequenceDigits(string prefix) => prefix.StartsWith("bm", StringComparison.Ordinal)
        ? CentralSequenceDigits
        : LocalSequenceDigits;

    /// <summary>The largest sequence a prefix can take (9999 local, 999999 central).</summary>
    public static int MaxSequence(string prefix) => SequenceDigits(prefix) == LocalSequenceDigits ? 9_999 : 999_999;

    /// <summary>The identifier for sequence number <paramref name="sequence"/> (1-based) under <paramref name="prefix"/>.</summary>
    public static string Format(string prefix, int sequence)
    {
        if (!IsPrefix(prefix))
        {
            throw new ArgumentException($"不是有效的网站标识码前缀：{prefix}", nameof(prefix));
        }

        if (sequence < 1 || sequence > MaxSequence(prefix))
        {
            throw new InvalidOperationException($"网站标识码前缀{prefix}下的顺序号已用完（最大{MaxSequence(prefix)}）。");
        }

        return prefix + sequence.ToString(new string('0', SequenceDigits(prefix)), CultureInfo.InvariantCulture);
    }

    private static bool IsPrefix(string prefix) =>
        (prefix.Length == 6 && IsDigits(prefix))
        || (prefix.Length == 4 && prefix.StartsWith("bm", StringComparison.Ordinal) && IsDigits(prefix.AsSpan(2)));

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
