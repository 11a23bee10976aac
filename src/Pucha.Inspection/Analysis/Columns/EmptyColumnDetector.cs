using AngleSharp.Dom;
using Pucha.Inspection.Analysis.Text;

namespace Pucha.Inspection.Analysis.Columns;

/// <summary>
/// 空白栏目: a column page whose list has no items, or whose only content is a placeholder
/// (暂无信息、暂无内容、正在建设中 …).
/// </summary>
internal static class EmptyColumnDetector
{
    public static IReadOnlyList<string> Placeholders { get; } =
    [
        "暂无信息", "暂无内容", "暂无数据", "暂无记录", "暂无相关信息", "正在建设中", "栏目建设中", "建设中", "敬请期待", "没有记录", "无相关信息", "信息正在整理",
    ];

    /// <summary>Why the column is empty, or null when it has content.</summary>
    public static string? Reason(IDocument document, ListPage list)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(list);
        var realItems = list.Items.Where(i => !Placeholders.Any(p => i.Title.Contains(p, StringComparison.Ordinal))).ToList();
        if (realItems.Count > 0)
        {
            return null;
        }

        var text = DomText.VisibleFolded(document);
        var placeholder = Placeholders.FirstOrDefault(p => text.Contains(p, StringComparison.Ordinal));
        return placeholder is not null ? $"栏目仅显示「{placeholder}」" : "栏目没有任何条目";
    }

    public static bool IsEmpty(IDocument document, ListPage list) => Reason(document, list) is not null;
}
