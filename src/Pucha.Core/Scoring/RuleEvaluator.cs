using Pucha.Core.Indicators;

namespace Pucha.Core.Scoring;

/// <summary>Applies one machine-fed rule to the observations.</summary>
internal static class RuleEvaluator
{
    /// <returns>The line for the score sheet, or null when nothing matched or the threshold was not reached.</returns>
    public static ScoreLine? Apply(ScoringRule rule, IReadOnlyList<Observation> observations, DateOnly asOf)
    {
        var matching = observations.Where(o => rule.Feeds.Any(f => EvidenceMatcher.Matches(f, o, asOf))).ToList();
        if (matching.Count == 0) return null;
        var count = Count(rule, matching);
        if (count <= 0) return null;
        if (rule.Review)
            return new ScoreLine(rule.Id, rule.Text, count, 0, false, null, ForReview: true, matching);

        var reached = count >= rule.MinCount;
        decimal points = rule.Mode switch
        {
            RuleMode.Fixed => reached ? rule.Points ?? 0 : 0,
            RuleMode.PerOccurrence => (rule.Each ?? 0) * count,
            RuleMode.PerStep => Steps(rule, matching) * (rule.Each ?? 0),
            _ => 0,
        };
        if (rule.Cap is { } cap) points = Math.Min(points, cap);
        var veto = rule.Mode == RuleMode.Veto && reached;
        if (points <= 0 && !veto) return null;
        return new ScoreLine(rule.Id, rule.Text, count, points, veto, null, ForReview: false, matching);
    }

    private static decimal Count(ScoringRule rule, List<Observation> matching)
    {
        switch (rule.Count)
        {
            case CountMode.ListItems:
                return matching.Sum(o => EvidenceMatcher.Field(o, rule.CountField!) switch
                {
                    List<object?> list => list.Count,
                    decimal d when d > 0 => Math.Floor(d),
                    string s when s.Length > 0 => 1,
                    // An observation that does not say how many (a single page, not a merged template finding) is one.
                    null => 1,
                    _ => 0,
                });
            case CountMode.DistinctValues:
                return matching
                    .SelectMany(o => EvidenceMatcher.Field(o, rule.CountField!) switch
                    {
                        List<object?> list => list,
                        null => [],
                        var one => [one],
                    })
                    .Select(EvidenceValues.Text)
                    .Where(t => t.Length > 0)
                    .Distinct(StringComparer.Ordinal)
                    .Count();
            default:
                return matching.Count;
        }
    }

    /// <summary>Whole steps of the largest value seen: 4.9% at 1% a step is 4 steps.</summary>
    private static decimal Steps(ScoringRule rule, List<Observation> matching)
    {
        var largest = matching
            .Select(o => EvidenceValues.AsDecimal(EvidenceMatcher.Field(o, rule.StepField!)))
            .Where(v => v is > 0)
            .DefaultIfEmpty(0)
            .Max() ?? 0;
        return Math.Floor(largest / rule.Step!.Value);
    }
}
