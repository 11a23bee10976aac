namespace Pucha.Inspection.Crawling;

/// <summary>How a link target is visited.</summary>
public enum LinkKind
{
    /// <summary>A page (a, area, iframe): fetched with GET; crawled when it is HTML inside the site.</summary>
    Page,

    /// <summary>An image, script, style sheet, embedded object or attachment: only checked (HEAD).</summary>
    Resource,
}
