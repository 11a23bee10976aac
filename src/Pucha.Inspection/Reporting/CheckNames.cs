using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Reporting;

/// <summary>The official Chinese name of each check, for readers of the table and xlsx reports.</summary>
public static class CheckNames
{
    public static string Of(string check) => check switch
    {
        CheckIds.Availability => "站点可用性",
        CheckIds.BrokenLink => "链接可用性",
        CheckIds.HomepageUpdate => "首页更新",
        CheckIds.ColumnUpdate => "栏目更新",
        CheckIds.EmptyColumn => "空白栏目",
        CheckIds.SiteIdentity => "网站标识",
        CheckIds.ErrorReportEntry => "我为政府网站找错",
        CheckIds.PageLabels => "页面元数据",
        CheckIds.SiteSearch => "站内搜索",
        CheckIds.DomainName => "域名与名称",
        CheckIds.Ipv6 => "IPv6支持",
        CheckIds.Https => "HTTPS",
        CheckIds.Compatibility => "浏览器兼容性",
        CheckIds.ServiceGuide => "办事指南",
        CheckIds.Interaction => "互动回应",
        CheckIds.Lexicon => "严重错误（错敏词）",
        CheckIds.HiddenLink => "暗链",
        _ => check,
    };
}
