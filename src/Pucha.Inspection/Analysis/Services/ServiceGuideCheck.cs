using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Services;

/// <summary>
/// 办事指南 (2019: 服务不实用 is a veto; missing elements and vague wording cost points): on pages of
/// kind <see cref="PageKind.ServiceGuide"/>, one finding when element categories are missing,
/// one for vague wording and materials without format, one for forms not downloadable. Evidence
/// {missing[], vague[], materialsWithoutFormat[], formsNotDownloadable[]}. Links that must open
/// (forms, online systems) are in <see cref="ServiceGuideAnalyzer.Analyze"/>'s result for the engine.
/// </summary>
internal sealed class ServiceGuideCheck : IPageCheck
{
    public IEnumerable<Finding> Check(PageContext page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Kind != PageKind.ServiceGuide)
        {
            return [];
        }

        return Judge(ServiceGuideAnalyzer.Analyze(page.Document, page.Url), page.Url.ToString());
    }

    public static IReadOnlyList<Finding> Judge(ServiceGuideAnalysis analysis, string? url)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var findings = new List<Finding>();
        var evidence = new Dictionary<string, object?>
        {
            ["missing"] = analysis.Missing.ToArray(),
            ["vague"] = analysis.Vague.ToArray(),
            ["materialsWithoutFormat"] = analysis.MaterialsWithoutFormat.ToArray(),
            ["formsNotDownloadable"] = analysis.FormsNotDownloadable.ToArray(),
            ["attachmentOnly"] = analysis.AttachmentOnly,
        };

        if (analysis.AttachmentOnly)
        {
            findings.Add(new Finding(CheckIds.ServiceGuide, Severity.Warning,
                "办事指南正文仅为附件，页面未直接列出办事要素", url, evidence));
        }
        else if (analysis.Missing.Count > 0)
        {
            findings.Add(new Finding(CheckIds.ServiceGuide, Severity.Error,
                "办事指南要素缺失：" + string.Join("、", analysis.Missing), url, evidence));
        }

        if (analysis.Vague.Count > 0 || analysis.MaterialsWithoutFormat.Count > 0)
        {
            var parts = new List<string>();
            if (analysis.Vague.Count > 0)
            {
                parts.Add("含有模糊表述「" + string.Join("」「", analysis.Vague) + "」");
            }

            if (analysis.MaterialsWithoutFormat.Count > 0)
            {
                parts.Add("办理材料未说明" + string.Join("、", analysis.MaterialsWithoutFormat));
            }

            findings.Add(new Finding(CheckIds.ServiceGuide, Severity.Warning, "办事指南表述不清：" + string.Join("；", parts), url, evidence));
        }

        if (analysis.FormsNotDownloadable.Count > 0)
        {
            findings.Add(new Finding(CheckIds.ServiceGuide, Severity.Warning,
                "办事指南提到的表格未提供下载：" + string.Join("、", analysis.FormsNotDownloadable.Take(10)), url, evidence));
        }

        return findings;
    }
}
