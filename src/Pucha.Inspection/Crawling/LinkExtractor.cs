using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// Collects every address of a page a browser loads or a visitor can follow, in one pass over its
/// elements: a/area href; iframe/frame src; img src, lowsrc and srcset; source src and srcset; script,
/// embed, input, audio, video, track and bgsound src; video poster; link href (style sheets are read in
/// turn); object data, codebase and archive; applet code, archive and src (relative to its codebase);
/// form GET action and formaction; meta refresh and meta href (icons); html manifest; body/table/tr/td/th
/// background; q/blockquote/del/ins cite and longdesc; usemap; url() and @import in style attributes and
/// &lt;style&gt;. javascript:, mailto:, tel:, data: are skipped: they are not addresses to check. An http(s)
/// or file: reference that no browser can open is returned as a <see cref="MalformedLink"/>.
/// </summary>
internal static class LinkExtractor
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
    /// <param name="malformed">When given, receives the references no browser can open.</param>
    public static List<ExtractedLink> Extract(IDocument document, Uri pageUrl, ResolutionCache? cache = null, List<MalformedLink>? malformed = null)
    {
        var elements = PageElements.Of(document).All;
        var baseUrl = pageUrl;
        if (FirstBaseHref(elements) is { } baseHref &&
            Uri.TryCreate(pageUrl, baseHref.Trim(), out var declaredBase) && declaredBase.IsAbsoluteUri)
        {
            baseUrl = declaredBase;
        }

        var collector = new Collector(baseUrl, cache?.ForPage(baseUrl), malformed);
        foreach (var element in elements)
        {
            switch (element.LocalName)
            {
                case "a" or "area":
                    collector.Add(element.GetAttribute("href"), LinkKind.Page);
                    break;
                case "iframe" or "frame":
                    collector.Add(element.GetAttribute("src"), LinkKind.Page);
                    collector.Add(element.GetAttribute("longdesc"), LinkKind.Page);
                    break;
                case "img":
                    collector.Add(element.GetAttribute("src"), LinkKind.Resource);
                    collector.Add(element.GetAttribute("lowsrc"), LinkKind.Resource);
                    collector.AddSrcset(element.GetAttribute("srcset"));
                    collector.Add(element.GetAttribute("longdesc"), LinkKind.Page);
                    collector.Add(element.GetAttribute("usemap"), LinkKind.Page);
                    break;
                case "source":
                    collector.Add(element.GetAttribute("src"), LinkKind.Resource);
                    collector.AddSrcset(element.GetAttribute("srcset"));
                    break;
                case "video":
                    collector.Add(element.GetAttribute("src"), LinkKind.Resource);
                    collector.Add(element.GetAttribute("poster"), LinkKind.Resource);
                    break;
                case "script" or "embed" or "audio" or "track" or "bgsound":
                    collector.Add(element.GetAttribute("src"), LinkKind.Resource);
                    break;
                case "input":
                    collector.Add(element.GetAttribute("src"), LinkKind.Resource);
                    collector.Add(element.GetAttribute("formaction"), LinkKind.Page);
                    break;
                case "button":
                    collector.Add(element.GetAttribute("formaction"), LinkKind.Page);
                    break;
                case "link":
                    var rel = element.GetAttribute("rel") ?? "";
                    if (rel.Contains("preconnect", StringComparison.OrdinalIgnoreCase) ||
                        rel.Contains("dns-prefetch", StringComparison.OrdinalIgnoreCase) ||
                        rel.Contains("canonical", StringComparison.OrdinalIgnoreCase) ||
                        rel.Contains("alternate", StringComparison.OrdinalIgnoreCase))
                        break;
                    collector.Add(element.GetAttribute("href"),
                        rel.Contains("stylesheet", StringComparison.OrdinalIgnoreCase) ? LinkKind.Stylesheet : LinkKind.Resource);
                    break;
                case "object":
                    collector.Add(element.GetAttribute("data"), LinkKind.Resource);
                    collector.AddArchive(element.GetAttribute("codebase"), element.GetAttribute("archive"), checkCodebase: true);
                    break;
                case "applet":
                    collector.AddArchive(element.GetAttribute("codebase"), element.GetAttribute("archive"), checkCodebase: false);
                    collector.AddArchive(element.GetAttribute("codebase"), element.GetAttribute("code"), checkCodebase: false);
                    collector.Add(element.GetAttribute("src"), LinkKind.Resource);
                    break;
                case "form":
                    // A GET form's action is a page a visitor opens; a POST form is the search check's to submit.
                    if (!string.Equals(element.GetAttribute("method")?.Trim(), "post", StringComparison.OrdinalIgnoreCase))
                        collector.Add(element.GetAttribute("action"), LinkKind.Page);
                    break;
                case "meta":
                    if (string.Equals(element.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase) &&
                        ClientRedirect.RefreshTarget(element.GetAttribute("content")) is { Url: { } refresh })
                        collector.Add(refresh, LinkKind.Page);
                    collector.Add(element.GetAttribute("href"), LinkKind.Resource);
                    break;
                case "html":
                    collector.Add(element.GetAttribute("manifest"), LinkKind.Resource);
                    break;
                case "body" or "table" or "tr" or "td" or "th":
                    collector.Add(element.GetAttribute("background"), LinkKind.Resource);
                    break;
                case "q" or "blockquote" or "del" or "ins":
                    collector.Add(element.GetAttribute("cite"), LinkKind.Page);
                    break;
                case "style":
                    collector.AddCss(element.TextContent);
                    break;
            }

            if (element.GetAttribute("style") is { } style && style.Contains("url(", StringComparison.OrdinalIgnoreCase))
                collector.AddCss(style);
        }
        return collector.Links;
    }

    /// <summary>The addresses a style sheet loads (url() and @import), resolved against the sheet's URL.</summary>
    public static List<ExtractedLink> ExtractFromStylesheet(string css, Uri sheetUrl, List<MalformedLink>? malformed = null)
    {
        var collector = new Collector(sheetUrl, null, malformed);
        collector.AddCss(css);
        return collector.Links;
    }

    private sealed class Collector(Uri baseUrl, ResolutionCache.PageResolutions? resolutions, List<MalformedLink>? malformed)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<ExtractedLink> Links { get; } = [];

        public void Add(string? reference, LinkKind kind, Uri? relativeTo = null)
        {
            if (string.IsNullOrWhiteSpace(reference) || IsNotAnAddress(reference))
                return;
            if (malformed is not null && MalformedReason(reference) is { } reason)
            {
                if (malformed.Count < 1000)
                    malformed.Add(new MalformedLink(reference.Trim(), reason));
                return;
            }
            var target = relativeTo is not null ? UrlNormalizer.Resolve(relativeTo, reference)
                : resolutions is { } known ? known.Resolve(reference) : UrlNormalizer.Resolve(baseUrl, reference);
            if (target is null)
                return;
            if (kind == LinkKind.Page && IsResourcePath(target.AbsolutePath))
                kind = target.AbsolutePath.EndsWith(".css", StringComparison.OrdinalIgnoreCase) ? LinkKind.Stylesheet : LinkKind.Resource;
            if (_seen.Add(target.AbsoluteUri))
                Links.Add(new ExtractedLink(target, kind));
        }

        public void AddSrcset(string? srcset)
        {
            if (string.IsNullOrWhiteSpace(srcset))
                return;
            foreach (var candidate in Srcset.Candidates(srcset))
                Add(candidate, LinkKind.Resource);
        }

        /// <summary>archive (and applet code) list addresses relative to codebase, separated by commas or spaces.</summary>
        public void AddArchive(string? codebase, string? archive, bool checkCodebase)
        {
            Uri? codebaseUrl = null;
            if (!string.IsNullOrWhiteSpace(codebase) && !IsNotAnAddress(codebase) && MalformedReason(codebase) is null &&
                Uri.TryCreate(baseUrl, codebase.Trim(), out var resolvedCodebase))
                codebaseUrl = resolvedCodebase;
            if (checkCodebase)
                Add(codebase, LinkKind.Resource);
            if (string.IsNullOrWhiteSpace(archive))
                return;
            foreach (var part in archive.Split([',', ' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(32))
                Add(part, LinkKind.Resource, codebaseUrl);
        }

        public void AddCss(string css)
        {
            foreach (var reference in CssReferences.Find(css))
                Add(reference.Url, reference.IsImport ? LinkKind.Stylesheet : LinkKind.Resource);
        }
    }

    /// <summary>Why no browser can open the reference; null when it is an address (or not one we judge).</summary>
    public static string? MalformedReason(string reference)
    {
        var text = reference.AsSpan().Trim();
        if (text.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return "指向本机文件（file:），访问者无法打开";
        var scheme = text.StartsWith("http:", StringComparison.OrdinalIgnoreCase) ? 5
            : text.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? 6 : 0;
        if (scheme == 0)
            return null;
        var rest = text[scheme..];
        if (!rest.StartsWith("//") && !rest.StartsWith("\\\\"))
            return "网址格式错误（协议后缺少“//”）";
        if (!Uri.TryCreate(text.ToString(), UriKind.Absolute, out var url))
            return "网址格式错误";
        if (url.Host.Length == 0 || url.Host.StartsWith('.') || url.Host.EndsWith("..", StringComparison.Ordinal))
            return "网址缺少有效的主机名";
        return null;
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
