using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Labels;

/// <summary>
/// The standard page labels (页面元数据, <c>&lt;meta name="…" content="…"&gt;</c>) a government page
/// carries. Names are matched without regard to letter case (pages write "Sitename",
/// "contentSource"); the first occurrence of a name wins.
/// </summary>
internal sealed class PageLabels
{
    public static readonly IReadOnlyList<string> EveryPage = ["SiteName", "SiteDomain", "SiteIDCode"];
    public static readonly IReadOnlyList<string> ColumnPage = ["ColumnName", "ColumnDescription", "ColumnKeywords", "ColumnType"];
    public static readonly IReadOnlyList<string> ArticlePage = ["ArticleTitle", "PubDate", "ContentSource"];

    /// <summary>Longest label value kept.</summary>
    public const int MaxValueLength = 500;

    // Standard names by any spelling of them; read on every page, built once.
    private static readonly Dictionary<string, string> StandardNames = EveryPage.Concat(ColumnPage).Concat(ArticlePage)
        .ToDictionary(name => name, name => name, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, string> _values;

    private PageLabels(Dictionary<string, string> values) => _values = values;

    /// <summary>Present labels, by their standard name, with their (trimmed) values, possibly empty.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>The standard names expected on a page of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<string> ExpectedFor(PageKind kind) => kind switch
    {
        PageKind.Column => [.. EveryPage, .. ColumnPage],
        PageKind.Article => [.. EveryPage, .. ArticlePage],
        _ => EveryPage,
    };

    public static PageLabels Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var meta in PageElements.Of(document).Named("meta"))
        {
            if (meta.GetAttribute("name") is not { } rawName)
            {
                continue;
            }

            var name = rawName.Trim();
            if (StandardNames.TryGetValue(name, out var standardName) && !values.ContainsKey(standardName))
            {
                var content = (meta.GetAttribute("content") ?? string.Empty).Trim();
                values[standardName] = content.Length > MaxValueLength ? content[..MaxValueLength] : content;
            }
        }

        return new PageLabels(values);
    }

    public bool IsPresent(string name) => _values.ContainsKey(name);

    public string? this[string name] => _values.TryGetValue(name, out var value) ? value : null;
}
