using AngleSharp.Dom;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspection.Crawling;

/// <summary>
/// A site page while it is being analysed. The document lives only during the page callback;
/// nothing may keep it afterwards.
/// </summary>
internal sealed record CrawledPage(Uri Url, IDocument Document, int Depth, bool IsHomepage, FetchResult Fetch);
