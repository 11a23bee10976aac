namespace Pucha.Core.Websites;

/// <summary>State of a website's registration in the census workflow (渝府办发〔2015〕52号 附件1). Stored as its number.</summary>
public enum CensusStatus
{
    /// <summary>未提交: being filled in by the reporting unit.</summary>
    NotSubmitted = 0,

    /// <summary>未审核: submitted, waiting for the organizer's review.</summary>
    PendingReview = 1,

    /// <summary>审核通过.</summary>
    Approved = 2,

    /// <summary>退回: returned to the unit with a reason, to fix and resubmit.</summary>
    Returned = 3,
}
