namespace Pucha.Inspection.Crawling;

/// <summary>
/// The image candidates of a srcset attribute ("a.jpg 1x, b.jpg 2x", "c.jpg 480w"), split as the HTML
/// standard does: a URL runs to whitespace (a comma inside it stays, trailing commas end it), then its
/// descriptors run to the next comma outside parentheses. Each candidate is a resource the browser may load.
/// </summary>
internal static class Srcset
{
    public const int MaxCandidates = 32;

    public static List<string> Candidates(string srcset)
    {
        var found = new List<string>();
        var text = srcset.AsSpan();
        var i = 0;
        while (i < text.Length && found.Count < MaxCandidates)
        {
            while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ','))
                i++;
            if (i >= text.Length)
                break;
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            var url = text[start..i];
            var endedByComma = false;
            while (url.Length > 0 && url[^1] == ',')
            {
                url = url[..^1];
                endedByComma = true;
            }
            if (url.Length > 0)
                found.Add(url.ToString());
            if (endedByComma)
                continue;
            var depth = 0;
            while (i < text.Length && (text[i] != ',' || depth > 0))
            {
                depth += text[i] == '(' ? 1 : text[i] == ')' && depth > 0 ? -1 : 0;
                i++;
            }
        }
        return found;
    }
}
