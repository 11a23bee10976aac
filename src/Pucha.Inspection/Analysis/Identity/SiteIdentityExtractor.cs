using System.Buffers;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Identity;

/// <summary>
/// Reads the site identity items from a page: the visible text and elements, plus the markup its
/// inline scripts write (see <see cref="ScriptMarkup"/>). Comments, alt texts and meta tags do not
/// count (a 网站标识码 only in <c>&lt;meta name="SiteIDCode"&gt;</c> is not shown to anyone).
/// The sponsor and contact details count only inside footer blocks (elements named footer/foot/
/// bottom/copyright, or the largest block around 版权所有/ICP备/网站标识码/公网安备/©), since articles
/// often quote phone numbers and 主办单位 of events.
/// </summary>
internal static partial class SiteIdentityExtractor
{
    /// <summary>A footer block is the largest ancestor of an identity marker with at most this much text.</summary>
    public const int MaxFooterBlockChars = 1500;

    /// <summary>Most footer text read per page; real footers are a few hundred characters.</summary>
    public const int MaxFooterChars = 30_000;

    /// <summary>Most footer candidates examined per page (each climbs its ancestors).</summary>
    public const int MaxFooterCandidates = 200;

    // Every text node of every page is searched for the footer markers: 版权所有, 网站标识码, 公网安备
    // and © ordinally, "Copyright" and "ICP备" ignoring case (ordinally: only ASCII letters fold, so
    // a match starts with c, C, i or I). Each group is searched only when the node holds one of its
    // first characters. These are a few explicit characters and an ASCII-only set, which .NET
    // vectorizes; one SearchValues of all of them, or of the CJK strings, falls back to a
    // per-character probabilistic map or Aho–Corasick with a dictionary lookup per character.
    private static readonly SearchValues<char> AsciiMarkerStarts = SearchValues.Create("iIcC");

    private static readonly SearchValues<string> FooterClassMarkers = SearchValues.Create(["foot", "bottom", "copyright", "banquan"], StringComparison.OrdinalIgnoreCase);

    public static SiteIdentity Extract(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var documents = new List<IDocument> { document };
        var scripted = ScriptMarkup.Parse(document);
        if (scripted is not null)
        {
            documents.Add(scripted);
        }

        // The page's own text (and its folded form) is shared with the other checks; a copy is made
        // only when its scripts write markup too.
        var text = scripted is null ? DomText.Visible(document) : DomText.Visible(document) + "\n" + DomText.Visible(scripted);
        var folded = scripted is null ? DomText.VisibleFolded(document) : DomText.VisibleFolded(document) + "\n" + DomText.VisibleFolded(scripted);
        var footer = string.Join("\n", documents.Select(FooterText));
        if (footer.Length > MaxFooterChars)
        {
            footer = footer[..MaxFooterChars];
        }

        var footerFolded = TextFolding.Fold(footer);

        return new SiteIdentity(
            documents.Any(HasConacBadge),
            FirstGroup(SiteCode(), folded, text),
            IcpNumber(folded, text) is { } icp ? RemoveSpaces(icp) : null,
            FirstGroup(Police(), folded, text) ?? PoliceFromLinks(documents),
            Sponsor(footerFolded, footer),
            Contact(footerFolded, footer));
    }

    /// <summary>Visible text of the page's footer blocks.</summary>
    public static string FooterText(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = new List<IElement>();
        if (document.Body is null)
        {
            return string.Empty;
        }

        var candidates = 0;
        foreach (var element in PageElements.Of(document).InBody)
        {
            var marked = element.LocalName == "footer" || IsFooterByName(element);
            if (!marked && !HasOwnMarker(element))
            {
                continue;
            }

            if (++candidates > MaxFooterCandidates)
            {
                break;
            }

            var block = element;
            // Lengths are counted, not built: climbing builds the text of ever larger ancestors.
            if (marked && DomText.TextLongerThan(block, MaxFooterBlockChars * 2))
            {
                continue;
            }

            while (block.ParentElement is { } parent && parent != document.Body && !DomText.TextLongerThan(parent, MaxFooterBlockChars))
            {
                block = parent;
            }

            if (!blocks.Any(b => b == block || b.Contains(block)))
            {
                blocks.RemoveAll(block.Contains);
                blocks.Add(block);
            }
        }

        return string.Join("\n", blocks.Select(DomText.Visible));
    }

    private static bool IsFooterByName(IElement element) =>
        (element.Id ?? string.Empty).AsSpan().ContainsAny(FooterClassMarkers)
        || (element.ClassName ?? string.Empty).AsSpan().ContainsAny(FooterClassMarkers);

    private static bool HasOwnMarker(IElement element)
    {
        // Indexed: foreach over an INodeList allocates an enumerator, and this runs for every element.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IText text && HasMarker(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMarker(string text)
    {
        var span = text.AsSpan();
        if (span.ContainsAny("版网公©")
            && (span.Contains('©') || span.Contains("版权所有", StringComparison.Ordinal)
                || span.Contains("网站标识码", StringComparison.Ordinal) || span.Contains("公网安备", StringComparison.Ordinal)))
        {
            return true;
        }

        return span.ContainsAny(AsciiMarkerStarts)
            && (span.Contains("Copyright", StringComparison.OrdinalIgnoreCase) || span.Contains("ICP备", StringComparison.OrdinalIgnoreCase));
    }

    private static bool HasConacBadge(IDocument document)
    {
        foreach (var element in PageElements.Of(document).All)
        {
            // The elements of "a[href], script[src], img, #_ideConac", in document order.
            var name = element.LocalName;
            if (!(name == "img" || (name == "a" && element.HasAttribute("href")) || (name == "script" && element.HasAttribute("src"))
                  || element.Id == "_ideConac"))
            {
                continue;
            }

            var link = element.GetAttribute("href") ?? element.GetAttribute("src") ?? string.Empty;
            if (link.Contains("conac", StringComparison.OrdinalIgnoreCase)
                || (element.LocalName == "img" && link.Contains("dzjg", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            var label = (element.GetAttribute("alt") ?? string.Empty) + (element.GetAttribute("title") ?? string.Empty);
            if (label.Contains("党政机关", StringComparison.Ordinal))
            {
                return true;
            }

            if (element.Id == "_ideConac" && element.ChildElementCount > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? PoliceFromLinks(List<IDocument> documents)
    {
        foreach (var document in documents)
        {
            foreach (var anchor in PageElements.Of(document).Named("a"))
            {
                if (anchor.GetAttribute("href") is not { } href)
                {
                    continue;
                }

                var match = PoliceLink().Match(href);
                if (match.Success)
                {
                    return match.Groups[1].Value;
                }
            }
        }

        return null;
    }

    private static string? Sponsor(string folded, string text)
    {
        var labelled = SponsorLabelled().Match(folded);
        if (labelled.Success)
        {
            return CleanSponsor(text.Substring(labelled.Groups[1].Index, labelled.Groups[1].Length));
        }

        var suffixed = SponsorSuffixed().Match(folded);
        return suffixed.Success ? CleanSponsor(text.Substring(suffixed.Groups[1].Index, suffixed.Groups[1].Length)) : null;
    }

    private static string? CleanSponsor(string value)
    {
        var cleaned = value.Trim();
        foreach (var prefix in new[] { "版权所有", "本网站由", "本站由", "由" })
        {
            var at = cleaned.LastIndexOf(prefix, StringComparison.Ordinal);
            if (at >= 0)
            {
                cleaned = cleaned[(at + prefix.Length)..];
            }
        }

        return cleaned.Length >= 2 ? cleaned : null;
    }

    private static string? Contact(string footerFolded, string footer)
    {
        var email = Email().Match(footerFolded);
        if (email.Success)
        {
            return footer.Substring(email.Index, email.Length);
        }

        var phone = Phone().Match(footerFolded);
        return phone.Success ? footer.Substring(phone.Groups[1].Index, phone.Groups[1].Length) : null;
    }

    private static string? FirstGroup(Regex regex, string folded, string text)
    {
        var match = regex.Match(folded);
        return match.Success ? text.Substring(match.Groups[1].Index, match.Groups[1].Length) : null;
    }

    /// <summary>
    /// The first ICP number preceded by its province's character (京ICP备…). The pattern starts at the
    /// literal "icp" so the search skips ahead with a vectorized scan; the character before it (and the
    /// spaces between) are checked by hand: a pattern starting with any CJK character would try to
    /// match at every character of a Chinese page.
    /// </summary>
    private static string? IcpNumber(string folded, string text)
    {
        for (var match = Icp().Match(folded); match.Success; match = match.NextMatch())
        {
            var start = match.Index;
            while (start > 0 && char.IsWhiteSpace(folded[start - 1]))
            {
                start--;
            }

            if (start > 0 && folded[start - 1] is >= '\u4E00' and <= '\u9FFF')
            {
                return text.Substring(start - 1, match.Index + match.Length - (start - 1));
            }
        }

        return null;
    }

    private static string RemoveSpaces(string value) =>
        string.Concat(value.Where(c => !char.IsWhiteSpace(c) && c != '\u3000'));

    // Patterns run over folded text (lower-case ASCII, half-width digits and colons).
    [GeneratedRegex(@"网站标识码\s*:?\s*(bm\d{8}|\d{10})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SiteCode();

    [GeneratedRegex(@"icp\s*[备证]\s*\d{5,}\s*号?(?:\s*-\s*\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Icp();

    [GeneratedRegex(@"(?:公网安备|公安(?:机关)?备案(?:号|编号)?)\s*:?\s*(\d{6,}(?:-\d+)?)", RegexOptions.CultureInvariant)]
    private static partial Regex Police();

    [GeneratedRegex(@"(?:recordcode|recordid)=(\d{6,}(?:-\d+)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PoliceLink();

    [GeneratedRegex(@"(?<!承|协|联合)(?:网站)?主办(?:单位|方)?\s*:\s*([\p{IsCJKUnifiedIdeographs}、()（）]{2,40}?)(?=\s|$|[|,，。;；:]|承办|协办|版权|地址|电话|联系|网站|技术|邮编|icp|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]icp)", RegexOptions.CultureInvariant)]
    private static partial Regex SponsorLabelled();

    [GeneratedRegex(@"([\p{IsCJKUnifiedIdeographs}、()（）]{4,40})(?<!联合|共同|协办)主办(?!单位|方)", RegexOptions.CultureInvariant)]
    private static partial Regex SponsorSuffixed();

    [GeneratedRegex(@"[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:电话|热线|专线|联系我们|tel|联系方式|客服|咨询)[^\d\n]{0,6}(0\d{2,3}[-\s]?\d{4,8}|1[3-9]\d{9}|400[-\d]{7,10}|\d{7,8}|1\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
