using System.Text.Json;

namespace Pucha.Core.Indicators;

/// <summary>Checks that an indicator set is internally consistent: ids, points that add up, rules that can be scored.</summary>
internal static class IndicatorSetValidator
{
    public static IReadOnlyList<string> Problems(IndicatorSet set)
    {
        var problems = new List<string>();
        void Problem(string text) => problems.Add(text);

        if (string.IsNullOrWhiteSpace(set.Id)) Problem("缺少 id");
        if (set.Groups is null || set.Groups.Count == 0)
        {
            Problem("没有任何指标");
            return problems;
        }

        var ids = new HashSet<string>();
        foreach (var group in set.Groups)
        {
            if (group.Indicators is null || group.Indicators.Count == 0)
            {
                Problem($"一级指标“{group.Name}”下没有二级指标");
                continue;
            }
            foreach (var indicator in group.Indicators)
            {
                if (string.IsNullOrWhiteSpace(indicator.Id))
                    Problem($"“{group.Name}”中有指标缺少 id");
                else if (!ids.Add(indicator.Id))
                    Problem($"指标 id“{indicator.Id}”重复");
                CheckIndicator(group, indicator, Problem);
            }
            var sum = group.Indicators.Sum(i => i.Points ?? 0);
            if (group.Points is { } points && points != sum)
                Problem($"一级指标“{group.Name}”分值 {points} 与其二级指标之和 {sum} 不符");
        }

        var deductionSum = set.GroupsOf(IndicatorPart.Deduction).Sum(g => g.Points ?? g.Indicators.Sum(i => i.Points ?? 0));
        if (set.Scoring.DeductionPoints is { } full && full != deductionSum)
            Problem($"扣分指标满分 {full} 与各一级指标之和 {deductionSum} 不符");
        var bonusSum = set.GroupsOf(IndicatorPart.Bonus).Sum(g => g.Points ?? g.Indicators.Sum(i => i.Points ?? 0));
        if (set.Scoring.BonusPoints != bonusSum)
            Problem($"加分指标满分 {set.Scoring.BonusPoints} 与各一级指标之和 {bonusSum} 不符");
        if (set.Scoring.DeductionPoints is null && (set.Scoring.QualifiedMinimum is not null || set.Scoring.BonusAbove is not null))
            Problem("没有扣分指标满分时不能设置合格线或加分门槛");

        foreach (var exemption in set.Exemptions)
        {
            foreach (var skipped in exemption.Skips.Where(s => !ids.Contains(s)))
                Problem($"豁免“{exemption.Name}”引用了不存在的指标“{skipped}”");
            if (exemption.Multiplier.Denominator <= 0 || exemption.Multiplier.Numerator <= 0)
                Problem($"豁免“{exemption.Name}”的系数 {exemption.Multiplier} 无效");
            var traits = exemption.When.ToHashSet();
            var available = set.GroupsOf(IndicatorPart.Deduction).SelectMany(g => g.Indicators)
                .Where(i => !exemption.Skips.Contains(i.Id) && !i.IsSkippedFor(traits))
                .Sum(i => i.For(traits).Points ?? 0);
            if (available != exemption.OutOf)
                Problem($"豁免“{exemption.Name}”满分应为 {available}（未豁免的扣分指标之和），文件写的是 {exemption.OutOf}");
            if (set.Scoring.DeductionPoints is { } points && exemption.Multiplier.Apply(exemption.OutOf) != points)
                Problem($"豁免“{exemption.Name}”：{exemption.OutOf} × {exemption.Multiplier} 不等于满分 {points}");
        }
        return problems;
    }

    private static void CheckIndicator(IndicatorGroup group, Indicator indicator, Action<string> problem)
    {
        var name = $"指标“{indicator.Id}”";
        if (string.IsNullOrWhiteSpace(indicator.Name)) problem($"{name}缺少名称");
        if (string.IsNullOrWhiteSpace(indicator.Rule)) problem($"{name}缺少评分细则");
        if (indicator.Rules is null || indicator.Rules.Count == 0)
        {
            problem($"{name}没有评分规则");
            return;
        }
        if (group.Part == IndicatorPart.Veto && indicator.Points is not null)
            problem($"{name}是单项否决，不应有分值");
        if (group.Part != IndicatorPart.Veto && group.Points is not null && indicator.Points is null)
            problem($"{name}缺少分值");
        foreach (var variant in indicator.Variants)
            if (variant.When.Count == 0) problem($"{name}的变体缺少适用条件");

        var ruleIds = new HashSet<string>();
        foreach (var rule in indicator.AllRules)
        {
            var where = $"{name}的规则“{rule.Id}”";
            if (!ruleIds.Add(rule.Id) && !indicator.Variants.Any(v => v.Rules?.Contains(rule) == true))
                problem($"{where}重复");
            var isVeto = rule.Mode == RuleMode.Veto;
            if (isVeto != (group.Part == IndicatorPart.Veto))
                problem($"{where}的方式 {rule.Mode} 与所在部分不符");
            switch (rule.Mode)
            {
                case RuleMode.Fixed when rule.Points is not > 0:
                    problem($"{where}缺少正的 points");
                    break;
                case RuleMode.PerOccurrence when rule.Each is not > 0 || string.IsNullOrWhiteSpace(rule.Unit):
                    problem($"{where}缺少正的 each 或 unit");
                    break;
                case RuleMode.PerStep when rule.Each is not > 0 || rule.Step is not > 0 || rule.StepField is null:
                    problem($"{where}缺少 each、step 或 stepField");
                    break;
            }
            if (rule.MinCount < 1) problem($"{where}的 minCount 至少为 1");
            if (rule.Count != CountMode.Observations && rule.CountField is null)
                problem($"{where}按 {rule.Count} 计数但缺少 countField");
            if (rule.Review && rule.IsManual)
                problem($"{where}标记为待复核，却没有检查项输入");
            foreach (var feed in rule.Feeds)
            {
                if (string.IsNullOrWhiteSpace(feed.Check)) problem($"{where}的输入缺少 check");
                foreach (var condition in feed.Where)
                    CheckCondition(condition, $"{where}（{feed.Check}.{condition.Field}）", problem);
            }
        }
    }

    private static void CheckCondition(EvidenceCondition condition, string where, Action<string> problem)
    {
        switch (condition.Op)
        {
            case ConditionOp.Within or ConditionOp.NotWithin:
                if ((condition.Window is null) == (condition.WindowDaysField is null))
                    problem($"{where}需要 window 或 windowDaysField 之一");
                break;
            case ConditionOp.NonEmpty:
                break;
            case ConditionOp.In:
                if (condition.Value is not { ValueKind: JsonValueKind.Array })
                    problem($"{where}的 in 需要数组 value");
                break;
            default:
                if (condition.Value is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
                    problem($"{where}缺少 value");
                break;
        }
    }
}
