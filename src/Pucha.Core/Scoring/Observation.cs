namespace Pucha.Core.Scoring;

/// <summary>
/// One thing an automatic check saw, as scoring needs it: the engine's check id, the page, and the
/// evidence values the selectors read (strings, numbers, booleans, dates, lists of those).
/// Core does not reference the engine; the executable maps engine findings to this.
/// </summary>
public sealed record Observation(
    string Check,
    string? Url,
    IReadOnlyDictionary<string, object?> Evidence,
    string? Message = null);
