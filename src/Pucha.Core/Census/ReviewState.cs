namespace Pucha.Core.Census;

/// <summary>The states of a site's registry record in the census review (seed 000 附件1 二(三)).</summary>
public enum ReviewState
{
    /// <summary>未提交: filled in or imported, not yet sent for review.</summary>
    NotSubmitted = 0,

    /// <summary>未审核: waiting for the organizer at the current level.</summary>
    Pending = 1,

    /// <summary>审核通过: approved at province/ministry level; the site has its 网站标识码.</summary>
    Approved = 2,

    /// <summary>退回: sent back to the unit with a reason, to fix and resubmit.</summary>
    Returned = 3,
}
