using System.Net;
using Pucha.Inspection.Analysis.Lexicon;
using Pucha.Inspection.Columns;
using Pucha.Inspection.Crawling;
using Pucha.Inspection.Fetching;

namespace Pucha.Inspection;

/// <summary>What to inspect and within which limits.</summary>
public sealed record InspectionOptions
{
    /// <summary>The homepage (首页网址).</summary>
    public required Uri Url { get; init; }

    /// <summary>监测时间点; every date rule counts back from it.</summary>
    public required DateOnly AsOf { get; init; }

    public CrawlOptions Crawl { get; init; } = new();
    public FetchOptions Fetch { get; init; } = new();

    public bool IgnoreRobots { get; init; }

    /// <summary>Open the homepage (and pages whose content looks script-injected) in Chromium.</summary>
    public bool Render { get; init; }

    public string ChromiumPath { get; init; } = "/usr/bin/chromium";

    /// <summary>Fixed host → address mappings for this run (--resolve); checked by the guard like DNS answers.</summary>
    public IReadOnlyList<(string Host, IPAddress Address)> Resolve { get; init; } = [];

    /// <summary>Address ranges the network guard lets through (--allow-network).</summary>
    public IReadOnlyList<IPNetwork> AllowNetworks { get; init; } = [];

    /// <summary>The site's column table (栏目表, --columns); null to discover columns in the homepage navigation.</summary>
    public IReadOnlyList<ColumnDefinition>? Columns { get; init; }

    /// <summary>The lexicon (错敏词, --dictionary files merged); null for no lexicon check.</summary>
    public LexiconDictionary? Lexicon { get; init; }

    /// <summary>Whether the site is a 政府门户网站 (.gov.cn required); null to guess from its name (…人民政府).</summary>
    public bool? IsPortal { get; init; }

    /// <summary>Extra hosts that belong to the site besides the homepage's host and its subdomains.</summary>
    public IReadOnlyList<string> ScopeHosts { get; init; } = [];

    /// <summary>网站标识码 and 网站名称 from the registry, when known.</summary>
    public string? ExpectedSiteCode { get; init; }
    public string? ExpectedName { get; init; }

    /// <summary>List pages read per column (下一页, script pagers), merged into one list (<see cref="Analysis.Columns.PaginatedList"/>).</summary>
    public int MaxListPagesPerColumn { get; init; } = 3;
}
