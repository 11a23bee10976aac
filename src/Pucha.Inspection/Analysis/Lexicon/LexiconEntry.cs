using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis.Lexicon;

/// <summary>One dictionary entry: a wrong form with its correct form, or a forbidden term (no suggestion).</summary>
/// <param name="Term">The text to look for, as written in the dictionary.</param>
/// <param name="Suggestion">The correct form; null for a forbidden term.</param>
/// <param name="Severity">How serious a hit is.</param>
/// <param name="Line">The line of the dictionary file it came from (1-based), for messages.</param>
public sealed record LexiconEntry(string Term, string? Suggestion, Severity Severity, int Line);
