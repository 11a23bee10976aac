namespace Pucha.Inspection.Crawling;

/// <summary>How a link target is visited.</summary>
internal enum LinkKind
{
    /// <summary>A page (a, area, iframe, meta refresh, form GET…): fetched with GET; crawled when it is HTML inside the site.</summary>
    Page,

    /// <summary>An image, script, embedded object or attachment: only checked (HEAD).</summary>
    Resource,

    /// <summary>
    /// A style sheet (link rel=stylesheet, @import): inside the site it is fetched with GET and read for
    /// the url() and @import it loads in turn; elsewhere checked like a resource.
    /// </summary>
    Stylesheet,
}
