namespace Pucha.Data.ScoreSheets;

/// <summary>Who scores the site and why. Stored as its number: append new values, never renumber.</summary>
public enum ScoreSheetKind
{
    /// <summary>自查: the reporting unit scores its own site.</summary>
    SelfCheck = 1,

    /// <summary>检查: an organizer scores a site of its subtree.</summary>
    Inspection = 2,

    /// <summary>抽查: the top level's spot-check (抽查核查).</summary>
    SpotCheck = 3,
}
