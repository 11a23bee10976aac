namespace Pucha.Inspection.Analysis.Identity;

/// <summary>Whether a page has the 「我为政府网站找错」 entry, and whether every entry is hidden.</summary>
/// <param name="Present">An entry element exists (script, link, image or button).</param>
/// <param name="Hidden">Every entry found sits inside a block hidden inline (display:none …).</param>
/// <param name="Evidence">The entry as found (a URL or the element's text), bounded.</param>
internal sealed record ErrorReportEntry(bool Present, bool Hidden, string? Evidence);
