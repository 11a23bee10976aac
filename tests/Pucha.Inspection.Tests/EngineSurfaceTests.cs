using Pucha.Inspection.Analysis;

namespace Pucha.Inspection.Tests;

/// <summary>
/// The engine's public surface is a written list (docs/architecture.md, "Engine surface"): the
/// inspector and its options, the report and its findings, the page-check contract, and the parts
/// the web platform and the inspect command reuse. Everything else is internal, so making a type
/// public is a decision taken here, not a default.
/// </summary>
public sealed class EngineSurfaceTests
{
    private static readonly string[] Surface =
    [
        // The inspector and its options.
        "Pucha.Inspection.Inspector",
        "Pucha.Inspection.InspectionOptions",
        "Pucha.Inspection.InspectionOutcome",
        "Pucha.Inspection.Crawling.CrawlOptions",
        "Pucha.Inspection.Crawling.CrawlProgress",
        "Pucha.Inspection.Crawling.TrapLimits",
        "Pucha.Inspection.Fetching.FetchOptions",
        // Registered columns and dictionaries given to the inspection (the inspect command reads the files).
        "Pucha.Inspection.Columns.ColumnDefinition",
        "Pucha.Inspection.Columns.ColumnListFile",
        "Pucha.Inspection.Analysis.Lexicon.LexiconDictionary",
        "Pucha.Inspection.Analysis.Lexicon.LexiconEntry",
        "Pucha.Inspection.Analysis.Lexicon.LexiconFormatException",
        // The report, its findings and their writers.
        "Pucha.Inspection.Reporting.InspectionReport",
        "Pucha.Inspection.Reporting.ReportSite",
        "Pucha.Inspection.Reporting.HomepageVisit",
        "Pucha.Inspection.Reporting.ReportStats",
        "Pucha.Inspection.Reporting.CheckNames",
        "Pucha.Inspection.Reporting.JsonReportWriter",
        "Pucha.Inspection.Reporting.TableReportWriter",
        "Pucha.Inspection.Reporting.XlsxReportWriter",
        "Pucha.Inspection.Findings.Finding",
        "Pucha.Inspection.Findings.Severity",
        "Pucha.Inspection.Findings.CheckIds",
        // The page-check contract.
        "Pucha.Inspection.Analysis.IPageCheck",
        "Pucha.Inspection.Analysis.PageContext",
        "Pucha.Inspection.Analysis.PageKind",
        "Pucha.Inspection.Analysis.SiteProfile",
        // The guarded fetcher, reused by monitoring probes and robot webhooks.
        "Pucha.Inspection.Fetching.PageFetcher",
        "Pucha.Inspection.Fetching.FetchResult",
        "Pucha.Inspection.Fetching.FetchFailure",
        "Pucha.Inspection.Fetching.FetchFailureKind",
        "Pucha.Inspection.Fetching.RedirectHop",
        "Pucha.Inspection.Fetching.GuardedConnector",
        "Pucha.Inspection.Fetching.NetworkGuard",
        "Pucha.Inspection.Fetching.HostResolver",
        "Pucha.Inspection.Fetching.NetworkRefusedException",
        "Pucha.Inspection.Fetching.TlsObserver",
        "Pucha.Inspection.Fetching.TlsCertificateInfo",
        // Column and homepage reading, reused by monitoring's column readings and homepage snapshots.
        "Pucha.Inspection.Columns.ColumnPagesReader",
        "Pucha.Inspection.Columns.ColumnPages",
        "Pucha.Inspection.Analysis.Columns.PaginatedList",
        "Pucha.Inspection.Analysis.Columns.ListPage",
        "Pucha.Inspection.Analysis.Columns.ListItem",
        "Pucha.Inspection.Analysis.Columns.ListItemExtractor",
        "Pucha.Inspection.Analysis.Pages.NavigationHomepage",
        "Pucha.Inspection.Analysis.Pages.SoftNotFoundDetector",
    ];

    private static readonly Type[] Exported = typeof(Inspector).Assembly.GetExportedTypes();

    [Fact]
    public void The_exported_types_are_the_written_surface()
    {
        var exported = Exported.Select(t => t.FullName!).ToHashSet(StringComparer.Ordinal);
        var expected = Surface.ToHashSet(StringComparer.Ordinal);
        Assert.Equal(Surface.Length, expected.Count);
        Assert.Empty(exported.Except(expected).Order(StringComparer.Ordinal));
        Assert.Empty(expected.Except(exported).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Exported_classes_are_sealed_or_static_and_the_one_interface_is_the_check_contract()
    {
        // A static class is abstract and sealed in metadata; an interface is abstract.
        var open = Exported.Where(t => t.IsClass && !t.IsSealed).Select(t => t.FullName!);
        Assert.Empty(open);
        Assert.Equal([typeof(IPageCheck)], Exported.Where(t => t.IsInterface));
    }
}
