namespace Pucha.Inspection.Findings;

/// <summary>
/// The stable identifiers of the engine's checks. They appear in JSON reports and in the
/// indicator sets' "fed by" lists, so they never change once published.
/// </summary>
public static class CheckIds
{
    public const string Availability = "availability";
    public const string BrokenLink = "broken-link";
    public const string HomepageUpdate = "homepage-update";
    public const string ColumnUpdate = "column-update";
    public const string EmptyColumn = "empty-column";
    public const string SiteIdentity = "site-identity";
    public const string ErrorReportEntry = "error-report-entry";
    public const string PageLabels = "page-labels";
    public const string SiteSearch = "site-search";
    public const string DomainName = "domain-name";
    public const string Ipv6 = "ipv6";
    public const string Https = "https";
    public const string Compatibility = "compatibility";
    public const string ServiceGuide = "service-guide";
    public const string Interaction = "interaction";
    public const string Lexicon = "lexicon";
    public const string HiddenLink = "hidden-link";

    public static IReadOnlyList<string> All { get; } =
    [
        Availability, BrokenLink, HomepageUpdate, ColumnUpdate, EmptyColumn, SiteIdentity,
        ErrorReportEntry, PageLabels, SiteSearch, DomainName, Ipv6, Https, Compatibility,
        ServiceGuide, Interaction, Lexicon, HiddenLink,
    ];
}
