namespace Pucha.Data.ScoreSheets;

/// <summary>Stored as its number: append new values, never renumber.</summary>
public enum ScoreSheetStatus
{
    /// <summary>填写中: saved, still editable.</summary>
    Draft = 0,

    /// <summary>已提交: locked for good.</summary>
    Submitted = 1,
}
