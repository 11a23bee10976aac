using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pucha.Inspection.Analysis;

namespace Pucha.Inspection.Tests.Analysis;

/// <summary>Small HTML written by the tests, parsed the way the engine parses fetched pages.</summary>
internal static class Html
{
    public static readonly Uri Home = new("http://www.example.gov.cn/");

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static PageContext Page(
        string html,
        PageKind kind = PageKind.Article,
        string url = "http://www.example.gov.cn/col/art/2019/0401.html",
        DateOnly? asOf = null,
        SiteProfile? site = null) =>
        new(new Uri(url), Parse(html), kind, site ?? SiteProfile.For(Home), asOf ?? new DateOnly(2019, 10, 15));
}
