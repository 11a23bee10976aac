namespace Pucha.Inspection.Findings;

/// <summary>
/// One thing the engine found, with the evidence a person needs to check it.
/// </summary>
/// <param name="Check">One of <see cref="CheckIds"/>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">Chinese, for the report reader.</param>
/// <param name="Url">The page or target the finding is about, when there is one.</param>
/// <param name="Evidence">
/// Named facts behind the finding (names per check are listed in docs/report-format.md). Values are
/// strings, numbers, booleans, dates or lists of those, so the report serializes them as they are.
/// </param>
public sealed record Finding(
    string Check,
    Severity Severity,
    string Message,
    string? Url,
    IReadOnlyDictionary<string, object?> Evidence);
