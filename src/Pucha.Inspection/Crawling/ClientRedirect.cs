using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// Where a browser takes a visitor from a page that is only a doorway: a meta refresh (delay up to
/// <see cref="MaxRefreshDelaySeconds"/>), a script that assigns a literal address to location
/// (location, location.href, location.replace/assign, window./top./self./document.location), or the main
/// frame of a frameset. Script redirects are taken only on a page with almost nothing else on it (a
/// doorway), since a content page's scripts may redirect only some visitors (mobile sites); scripts that
/// compute the address are for --render.
/// </summary>
internal static partial class ClientRedirect
{
    /// <summary>A refresh later than this is a page reloading itself for news, not a doorway.</summary>
    public const int MaxRefreshDelaySeconds = 10;

    /// <summary>Script text read per script element at most (regexes run over bounded text only).</summary>
    public const int MaxScriptChars = 16 * 1024;

    /// <summary>A doorway has at most this many links and this much visible text.</summary>
    public const int DoorwayMaxLinks = 5;
    public const int DoorwayMaxTextChars = 400;

    /// <summary>The page the visitor is sent to, and how; null when the page is what the visitor sees.</summary>
    public static (Uri Target, string Via)? Find(IDocument document, Uri pageUrl)
    {
        foreach (var meta in document.QuerySelectorAll("meta[http-equiv]"))
        {
            if (!string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase))
                continue;
            if (RefreshTarget(meta.GetAttribute("content")) is { Delay: <= MaxRefreshDelaySeconds, Url: { } reference } &&
                Resolve(pageUrl, reference) is { } target)
                return (target, ClientRedirectKinds.MetaRefresh);
        }

        if (document.Body is { LocalName: "frameset" } frameset && MainFrame(frameset) is { } frameSource &&
            Resolve(pageUrl, frameSource) is { } frameTarget)
            return (frameTarget, ClientRedirectKinds.Frameset);

        if (IsDoorway(document))
        {
            foreach (var script in document.Scripts)
            {
                if (script.HasAttribute("src"))
                    continue;
                var text = script.Text;
                if (text.Length > MaxScriptChars)
                    text = text[..MaxScriptChars];
                Match match;
                try
                {
                    match = LocationAssignment().Match(text);
                }
                catch (RegexMatchTimeoutException)
                {
                    continue;
                }
                if (match.Success && Resolve(pageUrl, match.Groups["u"].Value) is { } scriptTarget)
                    return (scriptTarget, ClientRedirectKinds.Script);
            }
        }
        return null;
    }

    /// <summary>
    /// The delay and address of a refresh's content, parsed like the HTML standard's declarative refresh:
    /// "5", "0;url=/a", "0; URL = '/a'", "0,/a", "0 url=/a".
    /// </summary>
    public static (int Delay, string? Url)? RefreshTarget(string? content)
    {
        if (content is null)
            return null;
        var text = content.AsSpan().Trim();
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            digits++;
        if (digits == 0 && (text.Length == 0 || text[0] != '.'))
            return null;
        // Nine digits at most: a longer delay is as good as never.
        var delay = digits == 0 ? 0 : digits > 9 ? int.MaxValue : int.Parse(text[..digits], System.Globalization.CultureInfo.InvariantCulture);
        var rest = text[digits..];
        while (rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || rest[0] == '.'))
            rest = rest[1..];
        rest = rest.TrimStart();
        if (rest.Length > 0 && rest[0] is ';' or ',')
            rest = rest[1..].TrimStart();
        if (rest.Length == 0)
            return (delay, null);
        if (rest.StartsWith("url", StringComparison.OrdinalIgnoreCase))
        {
            var afterUrl = rest[3..].TrimStart();
            if (afterUrl.Length > 0 && afterUrl[0] == '=')
                rest = afterUrl[1..].TrimStart();
        }
        if (rest.Length > 0 && rest[0] is '"' or '\'')
        {
            var quote = rest[0];
            rest = rest[1..];
            var end = rest.IndexOf(quote);
            if (end >= 0)
                rest = rest[..end];
        }
        var url = rest.Trim().ToString();
        return (delay, url.Length == 0 ? null : url);
    }

    /// <summary>
    /// The src of the frame a visitor reads: one named as the main or content frame, else the one in the
    /// top frameset's widest ("*") slot, else the first.
    /// </summary>
    private static string? MainFrame(IElement frameset)
    {
        var frames = frameset.QuerySelectorAll("frame[src]").ToList();
        if (frames.Count == 0)
            return null;
        foreach (var frame in frames)
        {
            var name = (frame.GetAttribute("name") ?? "") + " " + (frame.Id ?? "");
            if (MainFrameName().IsMatch(name))
                return frame.GetAttribute("src");
        }
        var slots = (frameset.GetAttribute("cols") ?? frameset.GetAttribute("rows") ?? "").Split(',');
        var widest = Array.FindIndex(slots, s => s.Contains('*'));
        var children = frameset.Children.Where(c => c.LocalName is "frame" or "frameset").ToList();
        if (widest >= 0 && widest < children.Count)
        {
            var chosen = children[widest];
            var source = chosen.LocalName == "frame" ? chosen.GetAttribute("src") : chosen.QuerySelector("frame[src]")?.GetAttribute("src");
            if (!string.IsNullOrWhiteSpace(source))
                return source;
        }
        return frames[0].GetAttribute("src");
    }

    private static bool IsDoorway(IDocument document)
    {
        if (document.Body is not { } body)
            return true;
        if (body.QuerySelectorAll("a[href]").Length > DoorwayMaxLinks)
            return false;
        var text = body.TextContent.Length;
        foreach (var hidden in body.QuerySelectorAll("script, style, noscript"))
            text -= hidden.TextContent.Length;
        return text <= DoorwayMaxTextChars;
    }

    private static Uri? Resolve(Uri pageUrl, string reference)
    {
        var target = UrlNormalizer.Resolve(pageUrl, reference);
        return target is null || target.AbsoluteUri == UrlNormalizer.Normalize(pageUrl)?.AbsoluteUri ? null : target;
    }

    [GeneratedRegex("""(?:\b(?:window|top|self|parent|document)\s*\.\s*)?\blocation(?:\s*\.\s*href)?\s*=\s*(?<q>["'])(?<u>[^"'\r\n<>]{1,2000})\k<q>|\blocation\s*\.\s*(?:replace|assign)\s*\(\s*(?<q2>["'])(?<u>[^"'\r\n<>]{1,2000})\k<q2>\s*\)""",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LocationAssignment();

    [GeneratedRegex(@"main|content|right|body|center|zhuye", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MainFrameName();
}
