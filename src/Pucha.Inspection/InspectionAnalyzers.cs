using System.Collections.Concurrent;
using AngleSharp.Dom;
using Pucha.Inspection.Analysis;
using Pucha.Inspection.Analysis.Identity;
using Pucha.Inspection.Analysis.Interaction;
using Pucha.Inspection.Analysis.Labels;
using Pucha.Inspection.Analysis.Lexicon;
using Pucha.Inspection.Analysis.Pages;
using Pucha.Inspection.Analysis.Services;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection;

/// <summary>
/// Connects the engine to the page analyzers (src/Pucha.Inspection/Analysis) for one run: which
/// pages are error pages, the per-page checks on every crawled page, and what the site-level checks
/// need from pages (service guides' links to open).
/// </summary>
internal sealed class InspectionAnalyzers
{
    private readonly InspectionOptions _options;
    private readonly IPageCheck[] _pageChecks;
    private readonly ConcurrentBag<(Uri Page, ServiceGuideAnalysis Analysis)> _serviceGuides = [];
    private readonly MessageBoardPages _boards = new();

    private InspectionAnalyzers(InspectionOptions options, IPageCheck[] pageChecks)
    {
        _options = options;
        _pageChecks = pageChecks;
    }

    public static InspectionAnalyzers Create(InspectionOptions options)
    {
        var scanner = options.Lexicon is { } lexicon ? LexiconScanner.Build(lexicon) : null;
        // Messages are judged once across all the list pages that show them (_boards), not page by page.
        var checks = PageChecks.Create(scanner).Where(check => check is not InteractionCheck);
        return new InspectionAnalyzers(options, [.. checks]);
    }

    /// <summary>Service guide pages met during the crawl, with the links they point to.</summary>
    public IReadOnlyCollection<(Uri Page, ServiceGuideAnalysis Analysis)> ServiceGuides => _serviceGuides;

    public SiteProfile Site(Uri finalHomepage, Uri requestedHomepage) =>
        new(finalHomepage, _options.ExpectedSiteCode, _options.ExpectedName, [requestedHomepage.IdnHost, .. _options.ScopeHosts]);

    public static string? ErrorPage(IDocument document) => SoftNotFoundDetector.Detect(document);

    /// <summary>Runs every per-page check on one crawled page (called from several workers at once).</summary>
    public List<Finding> CheckPage(CrawledPage page, SiteProfile site)
    {
        var kind = page.IsHomepage ? PageKind.Home : PageKindClassifier.Classify(page.Url, page.Document, site, _options.AsOf);
        var context = new PageContext(page.Url, page.Document, kind, site, _options.AsOf);
        var findings = new List<Finding>();
        foreach (var check in _pageChecks)
            findings.AddRange(check.Check(context));
        if (kind == PageKind.ServiceGuide)
            _serviceGuides.Add((page.Url, ServiceGuideAnalyzer.Analyze(page.Document, page.Url)));
        if (kind == PageKind.MessageBoard)
            AddBoardPage(page);
        return findings;
    }

    /// <summary>
    /// A board page's messages are gathered, not judged here: the same message is often on two list
    /// pages, and whether a board is stale depends on all its pages (see <see cref="BoardFindings"/>).
    /// </summary>
    private void AddBoardPage(CrawledPage page)
    {
        var board = MessageBoardAnalyzer.Parse(page.Document, page.Url, _options.AsOf);
        var title = page.Document.Title ?? "";
        var errorReportBoard = title.Contains("找错", StringComparison.Ordinal) || title.Contains("纠错", StringComparison.Ordinal);
        _boards.Add(page.Url, board, errorReportBoard);
    }

    /// <summary>After the crawl: one finding per late or unanswered message over all board pages, and the stale boards.</summary>
    public IReadOnlyList<Finding> BoardFindings() => _boards.Findings(_options.AsOf);

    /// <summary>The site's name and 网站标识码 as its homepage shows them.</summary>
    public static (string? Name, string? SiteCode) Identity(IDocument homepage)
    {
        var labels = PageLabels.Read(homepage);
        var name = labels["SiteName"] is { Length: > 0 } siteName ? siteName : homepage.Title?.Trim();
        var code = SiteIdentityExtractor.Extract(homepage).SiteCode ?? (labels["SiteIDCode"] is { Length: > 0 } label ? label : null);
        return (string.IsNullOrWhiteSpace(name) ? null : name, code);
    }
}
