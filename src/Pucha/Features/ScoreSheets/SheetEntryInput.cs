namespace Pucha.Features.ScoreSheets;

/// <summary>What a form or the API sends for one indicator.</summary>
public sealed record SheetEntryInput
{
    public string IndicatorId { get; init; } = "";

    /// <summary>Manual (default), Confirm or Override.</summary>
    public SheetDecision? Decision { get; init; }

    public decimal? Points { get; init; }

    public bool Veto { get; init; }

    public string? Note { get; init; }
}
