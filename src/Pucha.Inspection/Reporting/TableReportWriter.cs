using System.Text;
using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Reporting;

/// <summary>A readable Chinese summary for a terminal: the visit, the counts, then findings by check.</summary>
public static class TableReportWriter
{
    private const int MaxTextLength = 300;

    public static string Write(InspectionReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"网站检查报告  {Clean(report.Site.Name ?? "")}");
        text.AppendLine($"首页网址：{Clean(report.Site.Url)}");
        if (report.Site.FinalUrl is { } final && final != report.Site.Url)
            text.AppendLine($"实际地址：{Clean(final)}");
        if (report.Site.SiteCode is { } code)
            text.AppendLine($"网站标识码：{Clean(code)}");
        text.AppendLine($"监测时间点：{report.AsOf:yyyy-MM-dd}");
        text.AppendLine(report.Homepage.Ok
            ? $"首页访问：正常（HTTP {report.Homepage.Status}，{report.Homepage.ElapsedMs:0} 毫秒）"
            : $"首页访问：失败（{Clean(report.Homepage.Error ?? "")}）");
        var s = report.Stats;
        text.AppendLine($"检查范围：页面 {s.Pages} 个，链接 {s.Links} 个（已检查 {s.Checked}，未访问 {s.Skipped}，不可访问 {s.Broken}），" +
                        $"下载 {s.Bytes / 1024.0 / 1024.0:0.0} MB，用时 {s.Seconds:0.0} 秒");
        text.AppendLine();

        if (report.Findings.Count == 0)
        {
            text.AppendLine("未发现问题。");
            return text.ToString();
        }

        text.AppendLine($"发现问题 {report.Findings.Count} 项：");
        foreach (var group in report.Findings.GroupBy(f => f.Check).OrderBy(g => Order(g.Key)))
        {
            text.AppendLine();
            text.AppendLine($"【{CheckNames.Of(group.Key)}】{group.Count()} 项");
            var index = 0;
            foreach (var finding in group)
            {
                index++;
                text.Append($"  {index}. [{SeverityName(finding.Severity)}] {Clean(finding.Message)}");
                if (finding.Url is { } url)
                    text.Append($"\n     网址：{Clean(url)}");
                text.AppendLine();
            }
        }
        return text.ToString();
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Veto => "单项否决",
        Severity.Error => "严重",
        Severity.Warning => "一般",
        _ => "提示",
    };

    private static int Order(string check)
    {
        var index = CheckIds.All.ToList().IndexOf(check);
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>Crawled text is hostile: drop control characters (terminal escapes) and bound the length.</summary>
    public static string Clean(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxTextLength + 1));
        foreach (var c in value)
        {
            if (builder.Length >= MaxTextLength)
            {
                builder.Append('…');
                break;
            }
            builder.Append(char.IsControl(c) ? ' ' : c);
        }
        return builder.ToString();
    }
}
