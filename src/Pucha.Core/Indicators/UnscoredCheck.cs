namespace Pucha.Core.Indicators;

/// <summary>An engine check that a table does not score, and why.</summary>
public sealed record UnscoredCheck(string Check, string Reason);
