using Pucha.Inspection.Findings;

namespace Pucha.Tests.Scoring;

/// <summary>Hand-made engine findings with the evidence shapes of the engine's checks.</summary>
internal static class Findings
{
    public static readonly DateOnly AsOf = new(2019, 6, 30);

    public static Finding Of(string check, Severity severity, string message, string? url, params (string, object?)[] evidence) =>
        new(check, severity, message, url, evidence.ToDictionary(e => e.Item1, e => e.Item2));

    public static Finding BrokenLink(int n, bool onHomepage) => Of(CheckIds.BrokenLink, Severity.Error, "链接打不开",
        $"http://www.example.gov.cn/p{n}.html",
        ("target", $"http://www.example.gov.cn/missing{n}.pdf"), ("status", 404),
        ("foundOn", new List<string> { "http://www.example.gov.cn/" }), ("onHomepage", onHomepage));

    public static Finding Availability(double share) => Of(CheckIds.Availability, share >= 0.05 ? Severity.Veto : Severity.Warning,
        "首页无法访问", "http://www.example.gov.cn/", ("failureShare", share));

    public static Finding SiteIdentity(params string[] missing) => Of(CheckIds.SiteIdentity, Severity.Warning, "页面底部缺少网站标识",
        "http://www.example.gov.cn/", ("missing", missing));

    public static Finding ColumnUpdate(string column, int limitDays, DateOnly newest) => Of(CheckIds.ColumnUpdate, Severity.Error,
        $"栏目“{column}”未按期更新", $"http://www.example.gov.cn/{column}/", ("column", column), ("newest", newest), ("limitDays", limitDays));
}
