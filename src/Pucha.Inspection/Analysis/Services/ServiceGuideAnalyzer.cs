using System.Numerics;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Services;

/// <summary>
/// Reads a 办事指南 page: which element categories it states, vague wording, whether the materials
/// say original/copy, how many copies and paper/electronic, which forms it names without a
/// download link, and which form and online-system links the engine should open.
/// </summary>
internal static partial class ServiceGuideAnalyzer
{
    /// <summary>Phrases that leave the applicant guessing what to bring.</summary>
    public static IReadOnlyList<string> VaguePhrases { get; } =
    [
        "其他材料", "其它材料", "有关规定要求的材料", "相关材料", "等材料", "有关材料", "其他相关材料", "其他有关材料",
        "要求的其他材料", "规定的其他材料", "需要的其他材料", "其他资料", "相关资料", "等资料", "其他证明材料", "相关证明材料",
    ];

    // Every element's labels, searched in one pass over the page text (the classifier runs this on every page).
    private static readonly PhraseSet ElementLabels = new(
        ServiceGuideElement.All.SelectMany((element, index) => element.Labels.Select(label => (label, index))));

    private static readonly string[] AttachmentExtensions =
        [".doc", ".docx", ".xls", ".xlsx", ".pdf", ".wps", ".et", ".zip", ".rar", ".7z", ".ofd", ".txt", ".csv"];

    private static readonly string[] OnlineSystemWords =
        ["在线办理", "网上办理", "在线申报", "网上申报", "在线申请", "网上申请", "立即办理", "办理入口", "我要办理", "去办理", "在线预约", "网上预约"];

    public static ServiceGuideAnalysis Analyze(IDocument document, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pageUrl);
        var text = DomText.Visible(document);
        var folded = DomText.VisibleFolded(document);

        var stated = StatedElements(folded);
        var missing = ServiceGuideElement.All
            .Where((_, index) => (stated & (1UL << index)) == 0)
            .Select(element => element.Name)
            .ToArray();

        var vague = VaguePhrases
            .Where(phrase => folded.Contains(phrase, StringComparison.Ordinal))
            .Where(phrase => !VaguePhrases.Any(longer => longer.Length > phrase.Length && longer.Contains(phrase, StringComparison.Ordinal) && folded.Contains(longer, StringComparison.Ordinal)))
            .ToArray();

        var materials = MaterialsSection(folded);
        var withoutFormat = new List<string>();
        if (materials is not null)
        {
            if (!materials.Contains("原件", StringComparison.Ordinal) && !materials.Contains("复印件", StringComparison.Ordinal))
            {
                withoutFormat.Add("原件/复印件");
            }

            if (!Copies().IsMatch(materials))
            {
                withoutFormat.Add("份数");
            }

            if (!materials.Contains("纸质", StringComparison.Ordinal) && !materials.Contains("电子", StringComparison.Ordinal))
            {
                withoutFormat.Add("纸质/电子");
            }
        }

        var anchors = document.QuerySelectorAll("a[href]")
            .Select(a => (Element: a, Url: Resolve(pageUrl, a.GetAttribute("href")!), Text: Collapse(a.TextContent + " " + (a.GetAttribute("title") ?? string.Empty))))
            .Where(a => a.Url is not null)
            .ToList();

        var formLinks = anchors
            .Where(a => IsAttachment(a.Url!) || a.Text.Contains("下载", StringComparison.Ordinal) || FormName().IsMatch(a.Text))
            .Select(a => a.Url!)
            .Distinct()
            .ToArray();

        var onlineLinks = anchors
            .Where(a => OnlineSystemWords.Any(word => a.Text.Contains(word, StringComparison.Ordinal)))
            .Select(a => a.Url!)
            .Distinct()
            .ToArray();

        var linkTexts = anchors.Where(a => formLinks.Contains(a.Url!)).Select(a => a.Text).ToList();
        var hasGenericDownload = anchors.Any(a => IsAttachment(a.Url!) && (a.Text.Contains("表", StringComparison.Ordinal) || a.Text.Contains("下载", StringComparison.Ordinal)));
        var formsNotDownloadable = FormName().Matches(folded)
            .Select(m => text.Substring(m.Index, m.Length))
            .Distinct(StringComparer.Ordinal)
            .Where(form => !linkTexts.Any(t => t.Contains(form, StringComparison.Ordinal) || form.Contains(t.Trim(), StringComparison.Ordinal) && t.Trim().Length >= 3))
            .Where(_ => !hasGenericDownload)
            .Take(50)
            .ToArray();

        // A guide naming (almost) none of the elements but linking an attachment keeps its content in the file.
        var attachmentOnly = missing.Length >= ServiceGuideElement.All.Count - 2 && anchors.Any(a => IsAttachment(a.Url!));

        return new ServiceGuideAnalysis(missing, vague, withoutFormat, formsNotDownloadable, formLinks, onlineLinks, attachmentOnly);
    }

    /// <summary>
    /// How many of the element categories the folded visible text names: all the page classifier
    /// needs, without the form-name scan and link reading of <see cref="Analyze"/> (which cost a
    /// fifth of a whole inspection's CPU when run on every page).
    /// </summary>
    public static int StatedElementCount(string folded) => BitOperations.PopCount(StatedElements(folded));

    /// <summary>The element categories (bit = index in <see cref="ServiceGuideElement.All"/>) with a label in the text.</summary>
    private static ulong StatedElements(string folded) => ElementLabels.GroupsIn(folded);

    /// <summary>The text from the materials label to the next element label (bounded), or null when there is none.</summary>
    private static string? MaterialsSection(string folded)
    {
        var materials = ServiceGuideElement.All.Single(e => e.Name == "办理材料");
        var start = -1;
        foreach (var label in materials.Labels)
        {
            var at = folded.IndexOf(label, StringComparison.Ordinal);
            if (at >= 0 && (start < 0 || at < start))
            {
                start = at;
            }
        }

        if (start < 0)
        {
            return null;
        }

        var end = Math.Min(folded.Length, start + 5000);
        foreach (var element in ServiceGuideElement.All.Where(e => e.Name != "办理材料"))
        {
            foreach (var label in element.Labels)
            {
                var at = folded.IndexOf(label, start + 4, StringComparison.Ordinal);
                if (at > start && at < end)
                {
                    end = at;
                }
            }
        }

        return folded[start..end];
    }

    private static Uri? Resolve(Uri page, string href)
    {
        var trimmed = href.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Uri.TryCreate(page, trimmed, out var url) && url.Scheme is "http" or "https" ? url : null;
    }

    private static bool IsAttachment(Uri url)
    {
        var path = url.AbsolutePath;
        return AttachmentExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"[\d一二三四五六七八九十两]+\s*份|份数")]
    private static partial Regex Copies();

    [GeneratedRegex(@"《?[\p{IsCJKUnifiedIdeographs}（）()]{0,30}?(?:申请表|登记表|申报表|审批表|备案表|核准表|申请书|变更表|报告表|信息表|承诺书)》?")]
    private static partial Regex FormName();
}
