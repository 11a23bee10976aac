namespace Pucha.Features.ScoreSheets;

/// <summary>One person's decision on one indicator, as stored in the sheet's entries JSON.</summary>
/// <param name="Points">Points deducted (扣分指标) or awarded (加分指标); 0 for vetoes and confirmations.</param>
/// <param name="Note">存在的问题 / the reason; required for an override and for any deduction or veto.</param>
/// <param name="Person">Who decided (account name, or the unit for a self-check opened with its codes).</param>
public sealed record SheetEntry(string IndicatorId, SheetDecision Decision, decimal Points, bool Veto, string Note, string Person, DateTime DecidedUtc);
