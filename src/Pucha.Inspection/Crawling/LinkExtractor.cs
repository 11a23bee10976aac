using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// Collects every link of a page in one pass over its elements: a, area, img, script, link,
/// iframe/frame, embed, object, source/video/audio. javascript:, mailto:, tel: and data: are
/// handled by being skipped: they are not addresses to check.
/// </summary>
public static class LinkExtractor
{
    private static readonly HashSet<string> ResourceExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        // Attachments (附件)
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".dps", ".ofd", ".ceb", ".caj", ".zip", ".rar",
        ".7z", ".gz", ".tar", ".ppt", ".pptx", ".txt", ".csv", ".rtf", ".odt", ".ods", ".odp", ".apk", ".exe", ".msi",
        // Media and assets
        ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".svg", ".ico", ".tif", ".tiff", ".mp3", ".mp4", ".avi",
        ".wmv", ".flv", ".swf", ".css", ".js", ".woff", ".woff2", ".ttf", ".eot", ".json", ".xml",
    };

    /// <summary>Links of the document, de-duplicated per page (first kind seen wins).</summary>
    /// <param name="cache">Resolutions already made in this crawl (optional); see <see cref="ResolutionCache"/>.</param>
    public static List<ExtractedLink> Extract(IDocument document, Uri pageUrl, ResolutionCache? cache = null)
    {
        var elements = PageElements.Of(document).All;
        var baseUrl = pageUrl;
        if (FirstBaseHref(elements) is { } baseHref &&
            Uri.TryCreate(pageUrl, baseHref.Trim(), out var declaredBase) && declaredBase.IsAbsoluteUri)
        {
            baseUrl = declaredBase;
        }

        var resolutions = cache?.ForPage(baseUrl);
        var links = new List<ExtractedLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            string? reference;
            LinkKind kind;
            switch (element.LocalName)
            {
                case "a" or "area":
                    reference = element.GetAttribute("href");
                    kind = LinkKind.Page;
                    break;
                case "iframe" or "frame":
                    reference = element.GetAttribute("src");
                    kind = LinkKind.Page;
                    break;
                case "img" or "script" or "embed" or "source" or "video" or "audio" or "input" when element.HasAttribute("src"):
                    reference = element.GetAttribute("src");
                    kind = LinkKind.Resource;
                    break;
                case "link":
                    var rel = element.GetAttribute("rel") ?? "";
                    if (rel.Contains("preconnect", StringComparison.OrdinalIgnoreCase) ||
                        rel.Contains("dns-prefetch", StringComparison.OrdinalIgnoreCase) ||
                        rel.Contains("canonical", StringComparison.OrdinalIgnoreCase) ||
                        rel.Contains("alternate", StringComparison.OrdinalIgnoreCase))
                        continue;
                    reference = element.GetAttribute("href");
                    kind = LinkKind.Resource;
                    break;
                case "object":
                    reference = element.GetAttribute("data");
                    kind = LinkKind.Resource;
                    break;
                default:
                    continue;
            }

            if (string.IsNullOrWhiteSpace(reference) || IsNotAnAddress(reference))
                continue;
            var target = resolutions is { } known ? known.Resolve(reference) : UrlNormalizer.Resolve(baseUrl, reference);
            if (target is null)
                continue;
            if (kind == LinkKind.Page && IsResourcePath(target.AbsolutePath))
                kind = LinkKind.Resource;
            if (seen.Add(target.AbsoluteUri))
                links.Add(new ExtractedLink(target, kind));
        }
        return links;
    }

    /// <summary>The href of the first <c>base[href]</c> in document order.</summary>
    private static string? FirstBaseHref(ReadOnlySpan<IElement> elements)
    {
        foreach (var element in elements)
        {
            if (element.LocalName == "base" && element.GetAttribute("href") is { } href)
                return href;
        }
        return null;
    }

    // Looked up by span: every link of every page is tested, without cutting its extension out.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ResourceExtensionsBySpan =
        ResourceExtensions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the path names a file that is not a page (attachment, image, script…).</summary>
    public static bool IsResourcePath(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash && ResourceExtensionsBySpan.Contains(path.AsSpan(dot));
    }

    private static bool IsNotAnAddress(string reference)
    {
        var text = reference.AsSpan().TrimStart();
        if (text.Length > 0 && text[0] == '#')
            return true;
        return text.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) ||
               text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ||
               text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ||
               text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ||
               text.StartsWith("about:", StringComparison.OrdinalIgnoreCase) ||
               text.StartsWith("sms:", StringComparison.OrdinalIgnoreCase);
    }
}
