namespace Pucha.Features.ScoreSheets;

/// <summary>What the shared sheet partial (Features/ScoreSheets/_Sheet.cshtml) shows: a sheet, editable or not, with its errors.</summary>
public sealed record SheetForm(SheetView View, bool Editable, IReadOnlyDictionary<string, string> Errors, string? Ticket = null);
