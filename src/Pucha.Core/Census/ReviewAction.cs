namespace Pucha.Core.Census;

/// <summary>What someone does to a record in the review.</summary>
public enum ReviewAction
{
    /// <summary>提交: first submission.</summary>
    Submit = 0,

    /// <summary>审核通过 at one level: passes the record up, or finishes it at the top level.</summary>
    Approve = 1,

    /// <summary>退回 with a reason.</summary>
    Return = 2,

    /// <summary>重新提交 after a return.</summary>
    Resubmit = 3,

    /// <summary>变更: an approved record was changed and went back to 未提交, to be submitted and reviewed again.</summary>
    Change = 4,
}
