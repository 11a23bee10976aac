namespace Pucha.Inspection.Analysis.Text;

/// <summary>
/// Parses a CSS declaration block (<c>a: b; c: d</c>) into lower-case names and values, the later
/// declaration winning. Enough for inline styles and simple style sheets; no cascade, no shorthand
/// expansion beyond what the callers read.
/// </summary>
internal static class CssDeclarations
{
    /// <summary>Longest declaration block read; the rest is ignored.</summary>
    public const int MaxLength = 16_384;

    public static Dictionary<string, string> Parse(string block)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(block))
        {
            return result;
        }

        var text = block.Length > MaxLength ? block[..MaxLength] : block;
        foreach (var part in text.Split(';'))
        {
            var colon = part.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var name = part[..colon].Trim().ToLowerInvariant();
            var value = part[(colon + 1)..].Trim().ToLowerInvariant();
            value = value.Replace("!important", string.Empty, StringComparison.Ordinal).Trim();
            if (name.Length > 0)
            {
                result[name] = value;
            }
        }

        return result;
    }
}
