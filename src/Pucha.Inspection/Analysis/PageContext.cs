using AngleSharp.Dom;

namespace Pucha.Inspection.Analysis;

/// <summary>One fetched and parsed page, with what every per-page check needs to judge it.</summary>
/// <param name="Url">The page's final URL (after redirects).</param>
/// <param name="Document">The parsed HTML.</param>
/// <param name="Kind">What the page is (see <see cref="PageKindClassifier"/>).</param>
/// <param name="Site">The site the page belongs to.</param>
/// <param name="AsOf">The monitoring date (监测时间点); every date rule counts back from it.</param>
public sealed record PageContext(Uri Url, IDocument Document, PageKind Kind, SiteProfile Site, DateOnly AsOf);
