using AngleSharp.Html.Parser;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// The HTML parser every inspection step uses. No check reads comments or source positions, so the
/// parser keeps neither: less work and fewer objects on each of thousands of pages.
/// An <see cref="HtmlParser"/> is not thread-safe: one per worker.
/// </summary>
public static class PageParser
{
    public static HtmlParser Create() => new(new HtmlParserOptions
    {
        SkipComments = true,
        DisableElementPositionTracking = true,
    });
}
