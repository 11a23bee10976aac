using Pucha.Core.Indicators;
using Pucha.Core.Scoring;

namespace Pucha.Core.Tests.Scoring;

/// <summary>Random but plausible observations and manual entries for the property tests.</summary>
internal static class RandomInputs
{
    private static readonly string[] Columns = ["工作动态", "政务要闻", "通知公告", "政策文件", "政策解读", "人事信息", "规划计划", "其他"];
    private static readonly string[] Identity = ["conac-badge", "site-code", "icp", "police-record", "sponsor", "contact"];
    private static readonly string[] Elements = ["事项名称", "设定依据", "申请条件", "办理材料", "办理地点", "办理机构", "收费标准", "办理时间", "联系电话", "办理流程"];

    public static Observation Observation(SeededRandom r, DateOnly asOf)
    {
        var n = r.Next(1_000_000);
        var url = $"http://www.example.gov.cn/{n}.html";
        Dictionary<string, object?> evidence;
        string check;
        switch (r.Next(17))
        {
            case 0: check = "availability"; evidence = new() { ["failureShare"] = r.Next(80) / 1000.0 }; break;
            case 1: check = "broken-link"; evidence = new() { ["target"] = url, ["status"] = 404, ["onHomepage"] = r.Chance(30) }; break;
            case 2: check = "homepage-update"; evidence = new() { ["newItems"] = r.Next(25), ["days"] = 14 }; break;
            case 3:
                check = "column-update";
                evidence = new()
                {
                    ["column"] = r.Pick(Columns),
                    ["limitDays"] = r.Pick([14, 180, 365]),
                    ["newest"] = r.Chance(10) ? null : asOf.AddDays(-r.Next(800)),
                };
                break;
            case 4: check = "empty-column"; evidence = new() { ["column"] = r.Pick(Columns) }; break;
            case 5: check = "site-identity"; evidence = new() { ["missing"] = r.Subset(Identity) }; break;
            case 6: check = "error-report-entry"; evidence = new() { ["onHomepage"] = r.Chance(30) }; break;
            case 7: check = "page-labels"; evidence = new() { ["missing"] = new[] { "SiteName" }, ["pageType"] = r.Pick(["article", "column"]) }; break;
            case 8: check = "site-search"; evidence = r.Chance(50) ? new() { ["working"] = false } : new() { ["title"] = "标题", ["found"] = false }; break;
            case 9: check = "domain-name"; evidence = new() { ["problem"] = r.Pick(["domain", "name", "header"]) }; break;
            case 10: check = "ipv6"; evidence = new() { ["reason"] = "无AAAA记录" }; break;
            case 11: check = "https"; evidence = new() { ["reason"] = "未启用" }; break;
            case 12: check = "compatibility"; evidence = new() { ["browser"] = r.Pick(["chromium", "firefox", "webkit"]) }; break;
            case 13: check = "service-guide"; evidence = new() { ["missing"] = r.Subset(Elements), ["vague"] = r.Chance(30) ? new[] { "其他材料" } : Array.Empty<string>() }; break;
            case 14:
                check = "interaction";
                evidence = new() { ["posted"] = asOf.AddDays(-r.Next(500)), ["channel"] = r.Pick(["consultation", "error-report"]) };
                if (r.Chance(40)) evidence["unanswered"] = true;
                else evidence["delayDays"] = r.Next(12);
                break;
            case 15: check = "lexicon"; evidence = new() { ["term"] = "错词", ["suggestion"] = "正词" }; break;
            default: check = "hidden-link"; evidence = new() { ["target"] = url, ["technique"] = "display:none" }; break;
        }
        return new Observation(check, url, evidence);
    }

    public static List<Observation> Observations(SeededRandom r, DateOnly asOf, int max) =>
        Enumerable.Range(0, r.Next(max + 1)).Select(_ => Observation(r, asOf)).ToList();

    /// <summary>Manual deductions/awards on non-veto indicators (sometimes above their points, to test caps).</summary>
    public static List<ManualEntry> ManualEntries(SeededRandom r, IndicatorSet set)
    {
        var scorable = set.Groups.Where(g => g.Part != IndicatorPart.Veto).SelectMany(g => g.Indicators).ToList();
        if (scorable.Count == 0) return [];
        return Enumerable.Range(0, r.Next(6))
            .Select(_ => new ManualEntry(r.Pick(scorable).Id, r.Next(21) / 2m, false, "随机人工评分", "测试员"))
            .ToList();
    }

    public static SiteKind Profile(SeededRandom r) => r.Pick(
    [
        SiteKind.Ordinary, SiteKind.LocalPortal, SiteKind.StateCouncilDepartmentPortal,
        SiteKind.StateCouncilDepartmentWithoutServices,
    ]);
}
