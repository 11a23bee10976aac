using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Columns;
using Pucha.Inspection.Analysis.Dates;
using Pucha.Inspection.Analysis.Labels;
using Pucha.Inspection.Analysis.Services;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Pages;

/// <summary>
/// Decides what a page is, in this order: the homepage (its URL is the site's homepage or the
/// site root's index page); search results (search-like path or query); a message board (留言/
/// 信箱/咨询/投诉 in the title with letters on the page); a service guide (办事指南 in the title, or at
/// least five of the ten guide elements); an article (ArticleTitle/PubDate labels, a visible
/// publication date over a long text, or running paragraphs: 800+ characters, or one of 150+); a column (ColumnName label without article labels, or a list of
/// at least five items); otherwise other.
/// </summary>
internal static class PageKindClassifier
{
    /// <summary>Characters of paragraph text from which an undated page is an article.</summary>
    public const int ArticleParagraphChars = 800;

    /// <summary>Length of a single paragraph from which an undated page is an article.</summary>
    public const int RunningParagraphChars = 150;

    private static readonly string[] SearchParameters = ["q", "query", "keyword", "keywords", "searchword", "wd", "kw", "sw", "key", "word"];
    private static readonly string[] BoardWords = ["留言", "信箱", "咨询", "投诉", "来信", "民意", "问政", "找错", "纠错", "建言"];

    public static PageKind Classify(Uri url, IDocument document, SiteProfile site, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(site);

        if (IsHomepage(url, site))
        {
            return PageKind.Home;
        }

        if (IsSearch(url))
        {
            return PageKind.SearchResults;
        }

        var title = TextFolding.Fold(document.Title ?? string.Empty);
        var labels = PageLabels.Read(document);
        var columnName = TextFolding.Fold(labels["ColumnName"] ?? string.Empty);
        var hasArticleLabels = labels.IsPresent("ArticleTitle") || labels.IsPresent("PubDate");

        if (BoardWords.Any(w => title.Contains(w, StringComparison.Ordinal) || columnName.Contains(w, StringComparison.Ordinal)) && !hasArticleLabels)
        {
            return PageKind.MessageBoard;
        }

        if (title.Contains("办事指南", StringComparison.Ordinal) || columnName.Contains("办事指南", StringComparison.Ordinal))
        {
            return PageKind.ServiceGuide;
        }

        if (ServiceGuideAnalyzer.StatedElementCount(DomText.VisibleFolded(document)) >= 5)
        {
            return PageKind.ServiceGuide;
        }

        if (hasArticleLabels)
        {
            return PageKind.Article;
        }

        if (labels.IsPresent("ColumnName"))
        {
            return PageKind.Column;
        }

        var list = ListItemExtractor.Extract(document, url, asOf);
        if (list.Items.Count >= 5)
        {
            return PageKind.Column;
        }

        if (PublicationDateExtractor.ExtractVisible(document, asOf) is not null && DomText.Visible(document).Length > 300)
        {
            return PageKind.Article;
        }

        // An undated article still reads as one: paragraphs of running text.
        var paragraphs = PageElements.Of(document).Named("p").Select(p => p.TextContent.Trim().Length).ToList();
        if (paragraphs.Sum() >= ArticleParagraphChars || paragraphs.Any(length => length >= RunningParagraphChars))
        {
            return PageKind.Article;
        }

        return PageKind.Other;
    }

    public static bool IsHomepage(Uri url, SiteProfile site)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(site);
        if (Normalize(url) == Normalize(site.Homepage))
        {
            return true;
        }

        if (!string.Equals(url.IdnHost, site.Homepage.IdnHost, StringComparison.OrdinalIgnoreCase) || url.Query.Length > 1)
        {
            return false;
        }

        var path = url.AbsolutePath;
        return path == "/" || (path.LastIndexOf('/') == 0 && path.StartsWith("/index.", StringComparison.OrdinalIgnoreCase))
            || (path.LastIndexOf('/') == 0 && path.StartsWith("/default.", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsSearch(Uri url)
    {
        var path = url.AbsolutePath.ToLowerInvariant();
        if (path.Contains("search", StringComparison.Ordinal) || path.Contains("sousuo", StringComparison.Ordinal) || path.Contains("/query", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = pair.Split('=')[0];
            if (SearchParameters.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(Uri url) =>
        url.GetComponents(UriComponents.SchemeAndServer | UriComponents.PathAndQuery, UriFormat.UriEscaped).TrimEnd('/').ToLowerInvariant();
}
