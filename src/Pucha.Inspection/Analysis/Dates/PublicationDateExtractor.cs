using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Dates;

/// <summary>
/// Reads an article page's publication date the way a reader finds it: the date shown near the
/// title, preferably labelled (发布时间、发布日期、时间、日期、来源 … 时间). Only visible text counts
/// (not alt attributes, <c>display:none</c> blocks, scripts or comments). Dates labelled as
/// something else (生成日期、成文日期、今天、留言时间 …) and dates that are followed by a
/// meeting's or document's wording are passed over; dates after as-of + 1 day are impossible.
/// When the page shows no date, <c>&lt;meta name="PubDate"&gt;</c> is the fallback; when both
/// exist and differ, the shown date wins.
/// </summary>
internal static class PublicationDateExtractor
{
    /// <summary>How far before a date a label is looked for, in characters on the same line.</summary>
    private const int LabelWindow = 16;

    /// <summary>A date needs this score to count as the publication date.</summary>
    private const int AcceptScore = 10;

    private static readonly string[] StrongLabels = ["发布时间", "发布日期", "发表时间", "发表日期", "发布于", "发稿时间", "公布时间", "发文时间"];
    private static readonly string[] PlainLabels = ["时间", "日期", "来源", "发布", "更新"];
    private static readonly string[] WrongLabels =
    [
        "生成日期", "成文日期", "印发日期", "今天", "今日", "留言时间", "回复时间", "答复时间", "提问时间", "来信时间",
        "截止", "有效期", "实施日期", "施行日期", "开始时间", "结束时间", "报名时间", "会议时间", "版权", "©", "copyright",
        "登记时间", "办结时间", "受理时间", "废止", "访问", "当前时间", "更新至",
    ];

    private static readonly string[] WrongFollowers = ["星期", "通过", "会议", "印发", "起施行", "起实施", "施行", "公布施行", "至"];

    /// <summary>Finds the publication date, or null when the page shows none and has no PubDate label.</summary>
    public static PublicationDate? Extract(IDocument document, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ExtractVisible(document, asOf) ?? ExtractMeta(document, asOf);
    }

    /// <summary>The date shown on the page only, ignoring meta labels.</summary>
    public static PublicationDate? ExtractVisible(IDocument document, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = DomText.Visible(document);
        var folded = DomText.VisibleFolded(document);
        var (titleStart, titleEnd) = LocateTitle(document, text);
        var latest = asOf.AddDays(1);

        DateMention? best = null;
        var bestScore = int.MinValue;
        foreach (var mention in DateText.FindAll(text))
        {
            if (mention.Date > latest)
            {
                continue;
            }

            var score = Score(folded, mention, titleStart, titleEnd);
            if (score > bestScore)
            {
                best = mention;
                bestScore = score;
            }
        }

        if (best is not { } chosen || bestScore < AcceptScore)
        {
            return null;
        }

        return new PublicationDate(chosen.Date, chosen.Time, PublicationDateSource.Visible, Around(text, chosen.Start, chosen.Length));
    }

    /// <summary>The <c>PubDate</c> meta label (any letter case), when present and possible.</summary>
    public static PublicationDate? ExtractMeta(IDocument document, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var meta in PageElements.Of(document).Named("meta"))
        {
            var name = meta.GetAttribute("name")?.Trim();
            if (!string.Equals(name, "PubDate", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var content = meta.GetAttribute("content");
            if (DateText.ParseExact(content) is { } mention && mention.Date <= asOf.AddDays(1))
            {
                return new PublicationDate(mention.Date, mention.Time, PublicationDateSource.Meta, Bound(content!.Trim(), 80));
            }
        }

        return null;
    }

    private static int Score(string folded, DateMention mention, int titleStart, int titleEnd)
    {
        var score = 0;
        var lineStart = folded.LastIndexOf('\n', Math.Max(0, mention.Start - 1)) + 1;
        var windowStart = Math.Max(lineStart, mention.Start - LabelWindow);
        var window = folded.AsSpan(windowStart, mention.Start - windowStart);

        var strong = LastIndexOfAny(window, StrongLabels);
        var plain = LastIndexOfAny(window, PlainLabels);
        var wrong = LastIndexOfAny(window, WrongLabels);
        var good = Math.Max(strong, plain);
        if (wrong >= 0 && wrong >= good)
        {
            score -= 40;
        }
        else if (strong >= 0)
        {
            score += 22;
        }
        else if (plain >= 0)
        {
            score += 14;
        }

        var afterStart = mention.Start + mention.Length;
        var afterLength = Math.Min(30, folded.Length - afterStart);
        var after = folded.AsSpan(afterStart, afterLength);
        var lineBreak = after.IndexOf('\n');
        if (lineBreak >= 0)
        {
            after = after[..lineBreak];
        }

        if (LastIndexOfAny(after.TrimStart().Length > 8 ? after.TrimStart()[..8] : after.TrimStart(), WrongFollowers) >= 0
            || LastIndexOfAny(after, ["通过", "会议"]) >= 0)
        {
            score -= 30;
        }

        if (mention.Time is not null)
        {
            score += 4;
        }

        if (titleStart >= 0)
        {
            if (mention.Start >= titleEnd)
            {
                var distance = mention.Start - titleEnd;
                score += Math.Max(0, 16 - (distance / 40));
            }
            else
            {
                score -= 6;
            }
        }

        return score;
    }

    /// <summary>Where the article title is in the visible text: the ArticleTitle label, the h1, or the document title's first part.</summary>
    private static (int Start, int End) LocateTitle(IDocument document, string text)
    {
        var candidates = new List<string>();
        foreach (var meta in PageElements.Of(document).Named("meta"))
        {
            if (string.Equals(meta.GetAttribute("name")?.Trim(), "ArticleTitle", StringComparison.OrdinalIgnoreCase)
                && meta.GetAttribute("content") is { Length: > 0 } content)
            {
                candidates.Add(content.Trim());
            }
        }

        foreach (var heading in PageElements.Of(document).All)
        {
            if (heading.LocalName is not ("h1" or "h2"))
            {
                continue;
            }

            if (!DomText.IsInsideHidden(heading))
            {
                candidates.Add(heading.TextContent.Trim());
            }
        }

        var title = document.Title?.Trim();
        if (!string.IsNullOrEmpty(title))
        {
            var cut = title.IndexOfAny(['_', '|', '-', '—', '–']);
            candidates.Add(cut > 4 ? title[..cut].Trim() : title);
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Length < 4)
            {
                continue;
            }

            var probe = candidate.Length > 12 ? candidate[..12] : candidate;
            var start = text.IndexOf(probe, StringComparison.Ordinal);
            if (start >= 0)
            {
                var end = start + probe.Length;
                var full = text.IndexOf(candidate, start, StringComparison.Ordinal);
                return (start, full == start ? start + candidate.Length : end);
            }
        }

        return (-1, -1);
    }

    private static int LastIndexOfAny(ReadOnlySpan<char> window, string[] needles)
    {
        var best = -1;
        foreach (var needle in needles)
        {
            var index = window.LastIndexOf(needle.AsSpan(), StringComparison.Ordinal);
            if (index > best)
            {
                best = index;
            }
        }

        return best;
    }

    private static string Around(string text, int start, int length)
    {
        var from = Math.Max(0, start - 20);
        var to = Math.Min(text.Length, start + length + 20);
        return Bound(string.Join(' ', text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), 120);
    }

    private static string Bound(string value, int max) => value.Length <= max ? value : value[..max];
}
