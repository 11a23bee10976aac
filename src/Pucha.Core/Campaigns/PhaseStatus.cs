namespace Pucha.Core.Campaigns;

public enum PhaseStatusKind
{
    /// <summary>Before the first phase's first day.</summary>
    NotStarted,

    /// <summary>Inside a phase: <see cref="PhaseStatus.Phase"/> says which.</summary>
    InPhase,

    /// <summary>After one phase's last day and before the next one's first.</summary>
    Between,

    /// <summary>After the last phase's last day.</summary>
    Finished,
}

/// <summary>Where a campaign stands on a given day: in which phase, or before, between or after them.</summary>
public readonly record struct PhaseStatus(PhaseStatusKind Kind, CampaignPhase? Phase);
