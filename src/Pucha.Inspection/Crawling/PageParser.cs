using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// The HTML parser every inspection step uses. No check reads comments or source positions, so the
/// parser keeps neither: less work and fewer objects on each of thousands of pages.
/// Nor does it run AngleSharp's attribute observers: as each attribute is set while parsing, they
/// update what a browser derives from it (an image's chosen source and resource request, a link's
/// relation and style sheet, an input's type, an element's live class list). The checks read
/// attributes, names and text only, so that work (a twentieth of the parse) was thrown away.
/// An <see cref="HtmlParser"/> is not thread-safe: one per worker.
/// </summary>
internal static class PageParser
{
    public static HtmlParser Create()
    {
        // Like new HtmlParser(options), whose context is the default configuration with this parser as
        // its IHtmlParser, less the attribute observers.
        HtmlParser? parser = null;
        var configuration = Configuration.Default
            .Without<IAttributeObserver>()
            .WithOnly<IHtmlParser>(_ => parser!);
        parser = new HtmlParser(
            new HtmlParserOptions { SkipComments = true, DisableElementPositionTracking = true },
            BrowsingContext.New(configuration));
        return parser;
    }
}
