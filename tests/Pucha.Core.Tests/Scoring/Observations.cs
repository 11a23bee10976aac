using Pucha.Core.Scoring;

namespace Pucha.Core.Tests.Scoring;

/// <summary>Hand-made observations shaped like the engine's evidence (docs/indicator-sets.md lists the fields).</summary>
internal static class Observations
{
    public static readonly DateOnly AsOf = new(2019, 6, 30);

    private static Observation Of(string check, string? url, params (string Key, object? Value)[] evidence) =>
        new(check, url, evidence.ToDictionary(e => e.Key, e => e.Value));

    public static Observation Availability(double failureShare) =>
        Of("availability", "http://www.example.gov.cn/", ("failureShare", failureShare));

    public static Observation BrokenLink(int n, bool onHomepage) =>
        Of("broken-link", $"http://www.example.gov.cn/a/{n}.html", ("target", $"http://www.example.gov.cn/missing/{n}"),
            ("status", 404), ("foundOn", new[] { "http://www.example.gov.cn/" }), ("onHomepage", onHomepage));

    public static IEnumerable<Observation> BrokenLinks(int count, bool onHomepage) =>
        Enumerable.Range(0, count).Select(i => BrokenLink(i + (onHomepage ? 0 : 10_000), onHomepage));

    public static Observation HomepageUpdate(int newItems) =>
        Of("homepage-update", "http://www.example.gov.cn/", ("newItems", newItems), ("days", 14));

    public static Observation ColumnUpdate(string column, int limitDays, DateOnly? newest) =>
        Of("column-update", $"http://www.example.gov.cn/{column}/", ("column", column), ("newest", newest), ("limitDays", limitDays));

    public static Observation EmptyColumn(int n) => Of("empty-column", $"http://www.example.gov.cn/empty{n}/", ("column", $"空栏目{n}"));

    public static Observation SiteIdentity(string url, params string[] missing) => Of("site-identity", url, ("missing", missing));

    public static Observation PageLabels(int n, string pageType) =>
        Of("page-labels", $"http://www.example.gov.cn/p/{n}.html", ("missing", new[] { "SiteIDCode" }), ("pageType", pageType));

    public static Observation Ipv6() => Of("ipv6", "http://www.example.gov.cn/", ("reason", "无AAAA记录"));

    public static Observation Lexicon(string term, string suggestion) =>
        Of("lexicon", "http://www.example.gov.cn/news/1.html", ("term", term), ("suggestion", suggestion), ("context", $"……{term}……"));

    public static Observation Unanswered(DateOnly posted, string channel = "consultation") =>
        Of("interaction", "http://www.example.gov.cn/hd/1.html", ("posted", posted), ("unanswered", true), ("channel", channel));

    public static Observation ServiceGuide(int n, string[] missing, string[]? vague = null) =>
        Of("service-guide", $"http://www.example.gov.cn/bs/{n}.html", ("missing", missing), ("vague", vague ?? []));

    /// <summary>动态要闻, 政策文件 and 政策解读 columns all stale: 5 + 5 + 5 = 15 points in 2019.</summary>
    public static IEnumerable<Observation> ThreeStaleColumns() =>
    [
        ColumnUpdate("工作动态", 14, AsOf.AddDays(-30)),
        ColumnUpdate("政策文件", 180, AsOf.AddMonths(-7)),
        ColumnUpdate("政策解读", 180, AsOf.AddMonths(-8)),
    ];

    /// <summary>All six footer items missing: 6 × 0.5 = 3 points in 2019.</summary>
    public static Observation AllIdentityMissing() =>
        SiteIdentity("http://www.example.gov.cn/", "conac-badge", "site-code", "icp", "police-record", "sponsor", "contact");
}
