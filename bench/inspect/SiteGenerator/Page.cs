namespace Pucha.Bench.SiteGenerator;

internal enum PageKind
{
    Home,
    ColumnList,
    Article,
    Message,
    ServiceGuide,
    Survey,
    Static,
    SoftNotFound,
    Slow,
}

/// <summary>How an injected link is written into a page.</summary>
internal enum LinkForm
{
    Anchor,
    Image,
    Attachment,
}

/// <summary>A link placed on a page besides its regular navigation: a broken target, a soft 404, an external site.</summary>
internal sealed record InjectedLink(string Target, LinkForm Form, string Text);

/// <summary>One HTML page of the site, before rendering.</summary>
internal sealed class Page(string path, PageKind kind, string title)
{
    /// <summary>The URL path every link uses for this page ("/" for the homepage).</summary>
    public string Path { get; } = path;

    public PageKind Kind { get; } = kind;

    public string Title { get; } = title;

    public Column? Column { get; init; }

    public DateOnly Date { get; init; }

    /// <summary>Position in its column (0 = newest); list pages use it as their page number.</summary>
    public int Index { get; init; }

    public bool Gbk => Column?.Gbk == true;

    /// <summary>Content images and attachments this page really holds.</summary>
    public List<string> Images { get; } = [];

    public List<string> Attachments { get; } = [];

    /// <summary>Broken, soft-404 and external links placed in the page's 相关链接 block.</summary>
    public List<InjectedLink> Injected { get; } = [];

    /// <summary>Page labels (页面元数据) left out on purpose, so the label check has something to find.</summary>
    public bool MissingLabels { get; set; }

    /// <summary>The file under the document root.</summary>
    public string FilePath => Path == "/" ? "/index.html" : Path;
}
