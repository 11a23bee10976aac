using AngleSharp.Dom;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Findings;
using Pucha.Inspection.SiteChecks;

namespace Pucha.Inspection;

/// <summary>
/// Connects the engine to the page analyzers (src/Pucha.Inspection/Analysis): which pages are
/// error pages, the per-page checks, the site-level checks that read pages, and the site's identity.
/// </summary>
internal sealed class InspectionAnalyzers
{
    private InspectionAnalyzers(InspectionOptions options) => Options = options;

    public InspectionOptions Options { get; }

    public static InspectionAnalyzers Create(InspectionOptions options) => new(options);

    public CrawlScope Site(Uri finalHomepage, Uri requestedHomepage) =>
        new([finalHomepage.IdnHost, requestedHomepage.IdnHost, .. Options.ScopeHosts]);

    public string? ErrorPage(IDocument document) => null;

    public IReadOnlyList<Finding> CheckPage(CrawledPage page, CrawlScope site) => [];

    public IEnumerable<Task<IReadOnlyList<Finding>>> SiteChecks(SiteCheckContext context, CrawlScope site, CancellationToken cancellationToken) => [];

    public (string? Name, string? SiteCode) Identity(IDocument homepage) => (null, null);
}
