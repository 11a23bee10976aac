namespace Pucha.Core.Regions;

/// <summary>GB/T 2260 code arithmetic: normalization to six digits, level, and the codes above.</summary>
public static class RegionCode
{
    /// <summary>
    /// Pads a 2-digit province or 4-digit city code to the six-digit form (11 → 110000, 1101 → 110100);
    /// returns six-digit codes unchanged. Throws for anything else.
    /// </summary>
    public static string Normalize(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsDigits(code) || code.Length is not (2 or 4 or 6))
        {
            throw new FormatException($"行政区划代码应为2位、4位或6位数字：{code}");
        }

        return code.PadRight(6, '0');
    }

    /// <summary>True for six ASCII digits whose province part is not 00.</summary>
    public static bool IsValid(string? code) =>
        code is { Length: 6 } && IsDigits(code) && !code.StartsWith("00", StringComparison.Ordinal);

    /// <summary>The level a six-digit code denotes by its zero suffixes.</summary>
    public static RegionLevel LevelOf(string code)
    {
        EnsureValid(code);
        if (code.EndsWith("0000", StringComparison.Ordinal))
        {
            return RegionLevel.Province;
        }

        return code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.City : RegionLevel.County;
    }

    /// <summary>The six-digit code of the province containing <paramref name="code"/>.</summary>
    public static string ProvinceOf(string code)
    {
        EnsureValid(code);
        return string.Concat(code.AsSpan(0, 2), "0000");
    }

    /// <summary>The six-digit code of the city-level division containing a county (itself for a city); null for a province.</summary>
    public static string? CityOf(string code) => LevelOf(code) switch
    {
        RegionLevel.Province => null,
        _ => string.Concat(code.AsSpan(0, 4), "00"),
    };

    /// <summary>
    /// The prefix shared by every code inside the division (11 for 110000, 1101 for 110100, the full code
    /// for a county): a region subtree is one indexed <c>LIKE 'prefix%'</c> / StartsWith query.
    /// </summary>
    public static string SubtreePrefix(string code) => LevelOf(code) switch
    {
        RegionLevel.Province => code[..2],
        RegionLevel.City => code[..4],
        _ => code,
    };

    /// <summary>True when <paramref name="code"/> lies in (or is) the division <paramref name="ancestorCode"/>.</summary>
    public static bool IsWithin(string code, string ancestorCode) =>
        IsValid(code) && code.StartsWith(SubtreePrefix(ancestorCode), StringComparison.Ordinal);

    private static void EnsureValid(string code)
    {
        if (!IsValid(code))
        {
            throw new FormatException($"行政区划代码应为6位数字：{code}");
        }
    }

    private static bool IsDigits(string value)
    {
        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return value.Length > 0;
    }
}
