using Pucha.Core.Websites;

namespace Pucha.Core.Census;

/// <summary>What the review state allows an edit of a site's forms (基本信息表, 栏目表) to do.</summary>
public enum RegistryEditKind
{
    /// <summary>Saved as it is.</summary>
    Allowed,

    /// <summary>Saved, and the 审核通过 record goes back to 未提交: the change must be submitted and reviewed again.</summary>
    Reopens,

    /// <summary>Not now: the record is in a reviewer's hands (HTTP 409).</summary>
    InReview,

    /// <summary>Never for this caller in this state (HTTP 403).</summary>
    Forbidden,
}

/// <summary>The decision and, when refused, the Chinese reason.</summary>
public sealed record RegistryEditDecision(RegistryEditKind Kind, string? Message)
{
    public bool Saves => Kind is RegistryEditKind.Allowed or RegistryEditKind.Reopens;
}

/// <summary>
/// The registry obeys the review (渝府办发〔2015〕52号 附件1 二(三): 「如数据存在问题, 须退回, 由填报单位修改并重新上报」):
/// a record 未提交 or 退回 is the unit's draft and may be edited by whoever may see it; a record 未审核 is in the
/// hands of the reviewer whose turn it is — only that organizer may edit it (the desk's 编辑), everyone else
/// waits or asks for a 退回; a change to a record 审核通过 is accepted and sends it back to 未提交, so the
/// unit must submit it again and it is reviewed level by level (its 网站标识码 stays). Platform
/// administrators take no part in the review: they may not edit a record under review or approved.
/// </summary>
public static class RegistryEditRule
{
    /// <param name="actor">The caller acting for its unit; null for a platform administrator.</param>
    public static RegistryEditDecision Decide(ReviewStatus current, ReviewRoute? route, ReviewActor? actor) => current.State switch
    {
        CensusStatus.NotSubmitted or CensusStatus.Returned => new(RegistryEditKind.Allowed, null),
        CensusStatus.PendingReview when actor is null =>
            new(RegistryEditKind.Forbidden, "平台管理员不参与逐级审核，审核中（未审核）的网站信息不能修改。"),
        CensusStatus.PendingReview when route is not null && ReviewWorkflow.CanEdit(current, route, actor) => new(RegistryEditKind.Allowed, null),
        CensusStatus.PendingReview => new(RegistryEditKind.InReview, InReviewMessage(current, route)),
        CensusStatus.Approved when actor is null =>
            new(RegistryEditKind.Forbidden, "平台管理员不能修改已审核通过的网站信息，请由填报单位修改后重新提交审核。"),
        CensusStatus.Approved => new(RegistryEditKind.Reopens, null),
        _ => new(RegistryEditKind.Forbidden, $"该记录状态为“{WebsiteLabels.Of(current.State)}”，不能修改。"),
    };

    /// <summary>Shown on the forms of an approved record before it is changed.</summary>
    public const string ReopenWarning = "该网站已审核通过：保存修改后状态将改为“未提交”，须重新提交并逐级审核。";

    /// <summary>Told after a save that sent an approved record back.</summary>
    public const string ReopenedMessage = "该网站原为“审核通过”，修改后状态已改为“未提交”，请校验后重新提交，逐级审核通过后生效（网站标识码不变）。";

    private static string InReviewMessage(ReviewStatus current, ReviewRoute? route)
    {
        var level = route is not null && current.Step >= 0 && current.Step < route.Count ? ReviewLabels.Of(route[current.Step].Level) : "上级";
        return $"该网站信息正在{level}组织单位审核中（未审核），暂不能修改；如需修改，请联系审核单位退回后再修改并重新提交。";
    }
}
