namespace Pucha.Inspection.Analysis.Columns;

/// <summary>
/// Maps a column's name to its update duty (2019 indicators, 栏目不更新). The exact mapping, first
/// match wins, the name folded (full-width, traditional characters):
/// <list type="number">
/// <item>contains 人事, 任免, 招聘, 招考, 录用, 规划, 计划 → <see cref="ColumnUpdateDuty.PersonnelOrPlanning"/>, 1 year;</item>
/// <item>contains 通知, 公告, 公示, 政策, 文件, 解读, 法规, 规章 → <see cref="ColumnUpdateDuty.NoticeOrPolicy"/>, 6 months;</item>
/// <item>contains 动态, 要闻, 新闻, 资讯, 快讯, 头条, 时政, 工作信息 → <see cref="ColumnUpdateDuty.News"/>, 14 days;</item>
/// <item>otherwise <see cref="ColumnUpdateDuty.Other"/>: no fixed period (should update).</item>
/// </list>
/// Personnel and planning come first so 人事动态 or 规划计划 are not taken as news; notices before
/// news, so a column that mixes both (新闻公告) is held to the milder rule.
/// </summary>
internal static class ColumnUpdateDutyClassifier
{
    private static readonly string[] PersonnelOrPlanningWords = ["人事", "任免", "招聘", "招考", "录用", "规划", "计划"];
    private static readonly string[] NoticeOrPolicyWords = ["通知", "公告", "公示", "政策", "文件", "解读", "法规", "规章"];
    private static readonly string[] NewsWords = ["动态", "要闻", "新闻", "资讯", "快讯", "头条", "时政", "工作信息"];

    public static ColumnUpdateRule Classify(string columnName)
    {
        ArgumentNullException.ThrowIfNull(columnName);
        var name = Text.TextFolding.Fold(columnName.Trim());
        if (PersonnelOrPlanningWords.Any(w => name.Contains(w, StringComparison.Ordinal)))
        {
            return new ColumnUpdateRule(ColumnUpdateDuty.PersonnelOrPlanning, null, 12);
        }

        if (NoticeOrPolicyWords.Any(w => name.Contains(w, StringComparison.Ordinal)))
        {
            return new ColumnUpdateRule(ColumnUpdateDuty.NoticeOrPolicy, null, 6);
        }

        if (NewsWords.Any(w => name.Contains(w, StringComparison.Ordinal)))
        {
            return new ColumnUpdateRule(ColumnUpdateDuty.News, 14, null);
        }

        return new ColumnUpdateRule(ColumnUpdateDuty.Other, null, null);
    }
}
