namespace Pucha.Core.Indicators;

/// <summary>
/// A whole-table exemption: sites with all of <see cref="When"/> traits skip <see cref="Skips"/>, and the
/// deduction part is scored out of <see cref="OutOf"/> and multiplied by <see cref="Multiplier"/>
/// (2019: a State Council department without external services, 75 × 4/3).
/// </summary>
public sealed record Exemption
{
    public required string Id { get; init; }

    /// <summary>Who it applies to, in the official document's words.</summary>
    public required string Name { get; init; }

    /// <summary>The official sentence that grants it.</summary>
    public required string Text { get; init; }

    /// <summary>Site traits that must all be present (see <c>SiteTraits</c>).</summary>
    public required IReadOnlyList<string> When { get; init; }

    /// <summary>Indicator ids not checked.</summary>
    public required IReadOnlyList<string> Skips { get; init; }

    /// <summary>Full points of the deduction part once the skipped indicators are gone.</summary>
    public required decimal OutOf { get; init; }

    public required Fraction Multiplier { get; init; }
}
