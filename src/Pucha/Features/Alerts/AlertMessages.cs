using System.Globalization;
using Pucha.Core;
using Pucha.Core.Alerts;
using Pucha.Core.Monitoring;
using Pucha.Data.Alerts;

namespace Pucha.Features.Alerts;

/// <summary>
/// The text of each alert kind: a plain subject and a markdown body that both robots render
/// (heading, bold labels, line breaks). Every value from the registry or a crawl goes through
/// <see cref="MarkdownText.Escape"/>; times are Beijing times.
/// </summary>
public static class AlertMessages
{
    public sealed record Site(int Id, string Name, string HomepageUrl);

    public static AlertDraft Down(Site site, string episodeKey, DateTime firstFailureUtc, int failures, string? lastReason) =>
        Draft(site, AlertKinds.SiteDown, episodeKey,
            ("首次失败", Beijing(firstFailureUtc)),
            ("连续失败", $"{failures} 次"),
            ("最近原因", MarkdownText.Escape(lastReason ?? "未知")));

    public static AlertDraft Recovered(Site site, string episodeKey, DateTime firstFailureUtc, DateTime recoveredUtc) =>
        Draft(site, AlertKinds.SiteRecovered, episodeKey,
            ("无法访问自", Beijing(firstFailureUtc)),
            ("恢复访问于", Beijing(recoveredUtc)));

    public static AlertDraft ColumnDeadline(Site site, string episodeKey, string columnName, string columnUrl, FreshnessClass freshness, DateOnly newest, DateOnly lastFresh) =>
        Draft(site, AlertKinds.ColumnDeadline, episodeKey,
            ("栏目", MarkdownText.Escape(columnName, 60)),
            ("栏目地址", MarkdownText.Escape(columnUrl, 300)),
            ("更新要求", Limit(freshness)),
            ("最新信息", newest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("超期日期", $"{lastFresh.AddDays(1):yyyy-MM-dd} 起视为未更新"));

    public static AlertDraft Certificate(Site site, string episodeKey, DateTime notAfterUtc, DateTime nowUtc) =>
        Draft(site, AlertKinds.CertificateExpiring, episodeKey,
            ("证书到期", Beijing(notAfterUtc)),
            ("状态", notAfterUtc <= nowUtc ? "已过期" : $"剩余 {Math.Max(0, (int)Math.Floor((notAfterUtc - nowUtc).TotalDays))} 天"));

    private static AlertDraft Draft(Site site, AlertKinds kind, string episodeKey, params (string Label, string Value)[] lines)
    {
        var name = AlertKindRules.NameOf(kind);
        var subject = $"【{name}】{OneLine(site.Name, 80)}";
        var body = $"### {name}\n\n**网站**：{MarkdownText.Escape(site.Name, 80)}\n\n**首页**：{MarkdownText.Escape(site.HomepageUrl, 300)}\n\n"
            + string.Join("\n\n", lines.Select(l => $"**{l.Label}**：{l.Value}"));
        return new AlertDraft(site.Id, kind, episodeKey, subject, body);
    }

    private static string Limit(FreshnessClass freshness) => freshness switch
    {
        FreshnessClass.TwoWeeks => "2周内更新",
        FreshnessClass.SixMonths => "6个月内更新",
        FreshnessClass.OneYear => "1年内更新",
        _ => "及时更新",
    };

    private static string Beijing(DateTime utc) =>
        BeijingTime.Format(utc) + "（北京时间）";

    private static string OneLine(string text, int max)
    {
        var line = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return line.Length <= max ? line : line[..max] + "…";
    }
}
