using Pucha.Core.Indicators;

namespace Pucha.Core.Scoring;

/// <summary>
/// Scores a site against an indicator set. Pure: same inputs, same sheet; the monitoring date is an input.
/// Order of the official tables: vetoes first (any veto → 不合格, nothing else scored); then the
/// deduction part, each indicator losing at most its own points; then the verdict; then, above the
/// bonus threshold, the bonus part.
/// </summary>
public static class Scorer
{
    public static ScoreSheet Score(
        IndicatorSet set,
        IReadOnlyList<Observation> observations,
        IReadOnlyList<ManualEntry> manualEntries,
        DateOnly asOf,
        SiteKind site)
    {
        var manual = GroupManualEntries(set, manualEntries);
        var traits = site.Traits;
        var exemption = set.Exemptions.FirstOrDefault(e => e.When.All(traits.Contains));

        var applicable = new List<(IndicatorGroup Group, Indicator Indicator, bool Skipped)>();
        foreach (var group in set.Groups)
            foreach (var indicator in group.Indicators)
            {
                var skipped = indicator.IsSkippedFor(traits) || exemption?.Skips.Contains(indicator.Id) == true;
                applicable.Add((group, indicator.For(traits), skipped));
            }

        var vetoItems = applicable.Where(a => a.Group.Part == IndicatorPart.Veto)
            .ToDictionary(a => a.Indicator.Id, a => a.Skipped
                ? SkippedItem(a.Group, a.Indicator)
                : Evaluate(a.Group, a.Indicator, observations, manual.GetValueOrDefault(a.Indicator.Id), asOf));
        var vetoes = vetoItems.Values.Where(v => v.Status == IndicatorStatus.Vetoed).ToList();

        if (vetoes.Count > 0)
        {
            var items = applicable.Select(a => a.Group.Part == IndicatorPart.Veto
                    ? vetoItems[a.Indicator.Id]
                    : NotScored(a.Group, a.Indicator, a.Skipped))
                .ToList();
            return Sheet(set, asOf, exemption, vetoes, items, deducted: null, part: null, bonus: null, qualified: false,
                verdict: VerdictLabels.Veto + "：" + string.Join("、", vetoes.Select(v => v.Name)));
        }

        var deductionItems = applicable.Where(a => a.Group.Part == IndicatorPart.Deduction)
            .ToDictionary(a => a.Indicator.Id, a => a.Skipped
                ? SkippedItem(a.Group, a.Indicator)
                : Evaluate(a.Group, a.Indicator, observations, manual.GetValueOrDefault(a.Indicator.Id), asOf));
        var deducted = deductionItems.Values.Sum(i => i.Deducted);

        decimal? deductionPart = null;
        bool qualified;
        string verdict;
        var policy = set.Scoring;
        if (policy.DeductionPoints is { } full)
        {
            deductionPart = exemption is null ? full - deducted : exemption.Multiplier.Apply(exemption.OutOf - deducted);
            qualified = policy.QualifiedMinimum is not { } minimum || deductionPart >= minimum;
            verdict = qualified ? VerdictLabels.Qualified : $"{VerdictLabels.NotQualified}：扣分指标得分低于{policy.QualifiedMinimum}分";
        }
        else
        {
            qualified = policy.MaxDeducted is not { } max || deducted <= max;
            verdict = qualified ? VerdictLabels.Qualified : $"{VerdictLabels.NotQualified}：累计扣分超过{policy.MaxDeducted}分";
        }

        var bonusReached = deductionPart is { } p && policy.BonusAbove is { } above && p > above && policy.BonusPoints > 0;
        var bonusItems = applicable.Where(a => a.Group.Part == IndicatorPart.Bonus)
            .ToDictionary(a => a.Indicator.Id, a => a.Skipped ? SkippedItem(a.Group, a.Indicator)
                : bonusReached ? Evaluate(a.Group, a.Indicator, observations, manual.GetValueOrDefault(a.Indicator.Id), asOf)
                : NotScored(a.Group, a.Indicator, skipped: false));
        decimal? bonus = bonusReached ? bonusItems.Values.Sum(i => i.Awarded) : null;

        var all = applicable.Select(a => a.Group.Part switch
        {
            IndicatorPart.Veto => vetoItems[a.Indicator.Id],
            IndicatorPart.Deduction => deductionItems[a.Indicator.Id],
            _ => bonusItems[a.Indicator.Id],
        }).ToList();
        return Sheet(set, asOf, exemption, [], all, deducted, deductionPart, bonus, qualified, verdict);
    }

    private static ScoreSheet Sheet(IndicatorSet set, DateOnly asOf, Exemption? exemption, IReadOnlyList<IndicatorScore> vetoes,
        IReadOnlyList<IndicatorScore> items, decimal? deducted, decimal? part, decimal? bonus, bool qualified, string verdict) => new()
        {
            IndicatorSet = set.Id,
            Title = set.Title,
            Version = set.Version,
            AsOf = asOf,
            Exemption = exemption?.Name,
            Vetoes = vetoes,
            Deducted = deducted,
            DeductionPart = part,
            Bonus = bonus,
            Total = part is { } p ? p + (bonus ?? 0) : null,
            Qualified = qualified,
            Verdict = verdict,
            Items = items,
        };

    private static Dictionary<string, List<ManualEntry>> GroupManualEntries(IndicatorSet set, IReadOnlyList<ManualEntry> entries)
    {
        var byIndicator = new Dictionary<string, List<ManualEntry>>();
        foreach (var entry in entries)
        {
            var indicator = set.Find(entry.IndicatorId)
                ?? throw new ArgumentException($"人工评分引用了指标体系 {set.Id} 中不存在的指标“{entry.IndicatorId}”。", nameof(entries));
            var part = set.GroupOf(indicator).Part;
            if (string.IsNullOrWhiteSpace(entry.Note) || string.IsNullOrWhiteSpace(entry.Person))
                throw new ArgumentException($"指标“{indicator.Name}”的人工评分须填写评判人和说明。", nameof(entries));
            if (entry.Points < 0)
                throw new ArgumentException($"指标“{indicator.Name}”的人工评分分值不能为负。", nameof(entries));
            if (entry.Veto && part != IndicatorPart.Veto)
                throw new ArgumentException($"指标“{indicator.Name}”不是单项否决指标。", nameof(entries));
            if (part == IndicatorPart.Veto && entry.Points != 0)
                throw new ArgumentException($"单项否决指标“{indicator.Name}”不计分值，只能判定是否否决。", nameof(entries));
            if (!byIndicator.TryGetValue(entry.IndicatorId, out var list))
                byIndicator[entry.IndicatorId] = list = [];
            list.Add(entry);
        }
        return byIndicator;
    }

    private static IndicatorScore Evaluate(IndicatorGroup group, Indicator indicator, IReadOnlyList<Observation> observations,
        List<ManualEntry>? manual, DateOnly asOf)
    {
        var lines = new List<ScoreLine>();
        var pendingManual = false;
        foreach (var rule in indicator.Rules)
        {
            if (rule.IsManual)
            {
                pendingManual = true;
                continue;
            }
            var line = RuleEvaluator.Apply(rule, observations, asOf);
            if (line is null) continue;
            pendingManual |= line.ForReview;
            lines.Add(line);
        }
        if (manual is { Count: > 0 })
        {
            // A person has judged this indicator: nothing waits any more.
            pendingManual = false;
            if (manual.Any(m => m.Overrides))
                lines = lines.ConvertAll(l => l with { Overridden = true });
            lines.AddRange(manual.Select(m => new ScoreLine(null, m.Note, m.Veto || m.Points > 0 ? 1 : 0, m.Points, m.Veto, m.Person, false, [])));
        }

        var counted = lines.Where(l => !l.ForReview && !l.Overridden).ToList();
        var raw = counted.Sum(l => l.Points);
        var capped = indicator.Points is { } points ? Math.Min(raw, points) : raw;
        var vetoed = group.Part == IndicatorPart.Veto && counted.Any(l => l.Veto);
        var status = group.Part switch
        {
            IndicatorPart.Veto when vetoed => IndicatorStatus.Vetoed,
            IndicatorPart.Deduction when capped > 0 => IndicatorStatus.Deducted,
            IndicatorPart.Bonus when capped > 0 => IndicatorStatus.Awarded,
            _ when pendingManual => IndicatorStatus.NeedsManual,
            _ => IndicatorStatus.Clear,
        };
        return Item(group, indicator, status) with
        {
            Deducted = group.Part == IndicatorPart.Deduction ? capped : 0,
            Awarded = group.Part == IndicatorPart.Bonus ? capped : 0,
            PendingManual = pendingManual,
            Lines = lines,
        };
    }

    private static IndicatorScore SkippedItem(IndicatorGroup group, Indicator indicator) =>
        Item(group, indicator, IndicatorStatus.Skipped);

    private static IndicatorScore NotScored(IndicatorGroup group, Indicator indicator, bool skipped) =>
        Item(group, indicator, skipped ? IndicatorStatus.Skipped : IndicatorStatus.NotScored);

    private static IndicatorScore Item(IndicatorGroup group, Indicator indicator, IndicatorStatus status) => new()
    {
        Id = indicator.Id,
        Part = group.Part,
        Group = group.Name,
        Name = indicator.Name,
        Checkpoint = indicator.Checkpoint,
        Rule = indicator.Rule,
        Points = indicator.Points,
        Status = status,
    };
}
