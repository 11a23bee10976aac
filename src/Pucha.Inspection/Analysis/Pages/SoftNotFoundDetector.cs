using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Pages;

/// <summary>
/// Error pages served with status 200 (they count as broken links): the title says so
/// (404、页面不存在、找不到页面 …), or the page's visible text is short and says so. A long article that
/// merely mentions 404 or 页面不存在 is not one.
/// </summary>
public static class SoftNotFoundDetector
{
    /// <summary>Pages with more visible text than this are judged by their title only.</summary>
    public const int ShortPageChars = 600;

    public static IReadOnlyList<string> Phrases { get; } =
    [
        "您访问的页面不存在", "您要访问的页面不存在", "页面不存在", "该页面不存在", "找不到页面", "页面找不到", "无法找到该页",
        "页面已删除", "该信息已删除", "信息已删除", "文章已删除", "信息不存在", "该信息不存在", "内容不存在", "页面未找到",
        "页面已失效", "链接已失效", "页面出错", "访问的页面出错", "not found", "404",
    ];

    private static readonly string[] TitlePhrases =
    [
        "404", "not found", "页面不存在", "找不到", "页面未找到", "出错", "错误页", "error", "已删除", "不存在",
    ];

    /// <summary>The phrase that marks the page as an error page, or null when it is a real page.</summary>
    public static string? Detect(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = TextFolding.Fold(document.Title ?? string.Empty).Trim();
        if (title.Length <= 40)
        {
            foreach (var phrase in TitlePhrases)
            {
                if (title.Contains(phrase, StringComparison.Ordinal))
                {
                    return phrase;
                }
            }
        }

        // Most pages are long: stop counting at the limit instead of compacting a whole article.
        if (!IsShort(DomText.Visible(document)))
        {
            return null;
        }

        var text = DomText.VisibleFolded(document);
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

        return Phrases.FirstOrDefault(p => p != "404" && p != "not found" && compact.Contains(p, StringComparison.Ordinal))
            ?? (compact.Length < 200 && (compact.Contains("404", StringComparison.Ordinal) || text.Contains("not found", StringComparison.Ordinal)) ? "404" : null);
    }

    private static bool IsShort(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && ++count > ShortPageChars)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsSoftNotFound(IDocument document) => Detect(document) is not null;
}
