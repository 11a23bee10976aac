using Pucha.Inspection.Analysis.Text;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Lexicon;

/// <summary>
/// Reports dictionary terms in a page's text (title and body, hidden text included: a forbidden
/// term hidden on a page is still published). A wrong form is not reported where it is part of its
/// own correct form as written (wrong 「国务院办」 is not reported inside 「国务院办公厅」 when that is its
/// correct form), and a hit
/// lying inside a longer hit is reported once, as the longer one. Evidence: term, suggestion,
/// context (about 20 characters each side).
/// </summary>
internal sealed class LexiconCheck(LexiconScanner scanner) : IPageCheck
{
    /// <summary>Most findings reported for one page; the rest are counted in the last one's evidence.</summary>
    public const int MaxFindingsPerPage = 100;

    /// <summary>Characters of context kept on each side of a hit.</summary>
    public const int ContextChars = 20;

    public IEnumerable<Finding> Check(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = (page.Document.Title ?? string.Empty) + "\n" + (page.Document.Body is { } body ? DomText.All(body) : string.Empty);
        return FindingsFor(text, page.Url.ToString());
    }

    /// <summary>Findings for a plain text (used for pages and for attachments' extracted text).</summary>
    public IReadOnlyList<Finding> FindingsFor(string text, string? url)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hits = new List<LexiconHit>();
        scanner.Scan(text, hits);
        if (hits.Count == 0)
        {
            return [];
        }

        var entries = scanner.Dictionary.Entries;
        var kept = RemoveContained(hits);
        var findings = new List<Finding>();
        foreach (var hit in kept)
        {
            var entry = entries[hit.EntryIndex];
            if (entry.Suggestion is not null && IsInsideCorrectForm(text, hit, entry))
            {
                continue;
            }

            if (findings.Count == MaxFindingsPerPage)
            {
                break;
            }

            var found = text.Substring(hit.Start, hit.Length);
            var message = entry.Suggestion is null
                ? $"页面含有禁用词语「{found}」"
                : $"页面含有错误表述「{found}」，应为「{entry.Suggestion}」";
            findings.Add(new Finding(
                CheckIds.Lexicon,
                entry.Severity,
                message,
                url,
                new Dictionary<string, object?>
                {
                    ["term"] = found,
                    ["suggestion"] = entry.Suggestion,
                    ["context"] = Context(text, hit.Start, hit.Length),
                }));
        }

        return findings;
    }

    /// <summary>Keeps hits not lying inside another (longer) hit.</summary>
    private static List<LexiconHit> RemoveContained(List<LexiconHit> hits)
    {
        hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var kept = new List<LexiconHit>(hits.Count);
        var coveredUntil = -1;
        foreach (var hit in hits)
        {
            var end = hit.Start + hit.Length;
            if (end <= coveredUntil)
            {
                continue;
            }

            kept.Add(hit);
            coveredUntil = end;
        }

        return kept;
    }

    private static bool IsInsideCorrectForm(string text, LexiconHit hit, LexiconEntry entry)
    {
        var suggestion = TextFolding.Fold(entry.Suggestion!);
        var term = TextFolding.Fold(entry.Term);
        for (var at = suggestion.IndexOf(term, StringComparison.Ordinal); at >= 0; at = suggestion.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var start = hit.Start - at;
            if (start >= 0 && start + suggestion.Length <= text.Length
                && TextFolding.Fold(text.Substring(start, suggestion.Length)) == suggestion)
            {
                return true;
            }
        }

        return false;
    }

    internal static string Context(string text, int start, int length)
    {
        var from = Math.Max(0, start - ContextChars);
        var to = Math.Min(text.Length, start + length + ContextChars);
        var slice = text[from..to];
        return string.Join(' ', slice.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
