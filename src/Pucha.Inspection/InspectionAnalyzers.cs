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
    private readonly InteractionCheck _interaction = new();
    private readonly ConcurrentDictionary<string, (Uri Page, DateOnly LastUpdate)> _boards = new(StringComparer.Ordinal);

    private InspectionAnalyzers(InspectionOptions options, IPageCheck[] pageChecks)
    {
        _options = options;
        _pageChecks = pageChecks;
    }

    public static InspectionAnalyzers Create(InspectionOptions options)
    {
        var scanner = options.Lexicon is { } lexicon ? LexiconScanner.Build(lexicon) : null;
        // Message boards are judged once per board across its list pages (_boards), not page by page.
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
            findings.AddRange(CheckBoardPage(page));
        return findings;
    }

    /// <summary>
    /// A board's messages are judged on every page that lists them; whether the board as a whole is
    /// stale is judged once, after the crawl, over all its list pages (see <see cref="StaleBoards"/>):
    /// page 5 of a board is old by nature.
    /// </summary>
    private IEnumerable<Finding> CheckBoardPage(CrawledPage page)
    {
        var board = MessageBoardAnalyzer.Parse(page.Document, page.Url, _options.AsOf);
        var title = page.Document.Title ?? "";
        var errorReportBoard = title.Contains("找错", StringComparison.Ordinal) || title.Contains("纠错", StringComparison.Ordinal);
        if (board.Entries.Count >= 2 && board.LastUpdate is { } last)
        {
            var key = page.Url.GetLeftPart(UriPartial.Path);
            key = key[..(key.LastIndexOf('/') + 1)];
            _boards.AddOrUpdate(key, (page.Url, last), (_, known) => last > known.LastUpdate ? (page.Url, last) : known);
        }
        return _interaction.Evaluate(board, page.Url.AbsoluteUri, _options.AsOf, errorReportBoard)
            .Where(f => !f.Evidence.ContainsKey("lastUpdate"));
    }

    /// <summary>Boards (list pages grouped by directory) whose newest post or answer is older than the rules allow.</summary>
    public IEnumerable<Finding> StaleBoards()
    {
        var rules = InteractionRules.Year2019;
        var staleBefore = _options.AsOf.AddMonths(-rules.BoardStaleMonths);
        foreach (var (page, last) in _boards.Values.OrderBy(b => b.Page.AbsoluteUri, StringComparer.Ordinal))
        {
            if (last < staleBefore)
            {
                yield return new Finding(CheckIds.Interaction, Severity.Warning,
                    $"留言栏目最近更新于 {last:yyyy-MM-dd}，超过{rules.BoardStaleMonths}个月未更新", page.AbsoluteUri,
                    new Dictionary<string, object?> { ["lastUpdate"] = last });
            }
        }
    }

    /// <summary>The site's name and 网站标识码 as its homepage shows them.</summary>
    public static (string? Name, string? SiteCode) Identity(IDocument homepage)
    {
        var labels = PageLabels.Read(homepage);
        var name = labels["SiteName"] is { Length: > 0 } siteName ? siteName : homepage.Title?.Trim();
        var code = SiteIdentityExtractor.Extract(homepage).SiteCode ?? (labels["SiteIDCode"] is { Length: > 0 } label ? label : null);
        return (string.IsNullOrWhiteSpace(name) ? null : name, code);
    }
}
