namespace Pucha.Core.Indicators;

/// <summary>A 二级指标 (or one row of it): the official document's words, its points and how findings become points.</summary>
public sealed record Indicator
{
    /// <summary>Stable id, unique within its set; score sheets and manual entries refer to it.</summary>
    public required string Id { get; init; }

    /// <summary>二级指标 (for vetoes: the veto's name, e.g. 站点无法访问).</summary>
    public required string Name { get; init; }

    /// <summary>考察点, where the table has that column (2015).</summary>
    public string? Checkpoint { get; init; }

    /// <summary>评分细则/扣分细则, verbatim.</summary>
    public required string Rule { get; init; }

    /// <summary>
    /// 分值: the most this indicator can lose (or award). Null where the table sets no maximum
    /// (vetoes; the 2015 sheet, which prints no points).
    /// </summary>
    public decimal? Points { get; init; }

    /// <summary>Site traits that, all present, mean this indicator is not checked (不检查该项指标).</summary>
    public IReadOnlyList<string> SkipWhen { get; init; } = [];

    /// <summary>Other points and rules for some kinds of site (国务院部门门户网站 机构职能 4分).</summary>
    public IReadOnlyList<IndicatorVariant> Variants { get; init; } = [];

    /// <summary>The numbered items of the 细则, each scored on its own.</summary>
    public required IReadOnlyList<ScoringRule> Rules { get; init; }

    /// <summary>Rules of the indicator and of its variants.</summary>
    public IEnumerable<ScoringRule> AllRules => Rules.Concat(Variants.SelectMany(v => v.Rules ?? []));

    public bool IsSkippedFor(IReadOnlySet<string> traits) => SkipWhen.Count > 0 && SkipWhen.All(traits.Contains);

    /// <summary>The indicator as it applies to a site with these traits (its first matching variant, if any).</summary>
    public Indicator For(IReadOnlySet<string> traits)
    {
        var variant = Variants.FirstOrDefault(v => v.When.All(traits.Contains));
        return variant is null
            ? this
            : this with { Points = variant.Points ?? Points, Rule = variant.Rule ?? Rule, Rules = variant.Rules ?? Rules, Variants = [] };
    }
}
