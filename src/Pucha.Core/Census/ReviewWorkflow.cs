using Pucha.Core.Websites;

namespace Pucha.Core.Census;

/// <summary>
/// The census review as a pure state machine (渝府办发〔2015〕52号 附件1 二(三)–(四), 《关于开展第一次全国政府网站普查的通知》解读（国办发〔2015〕15号） 逐级审核):
/// the unit (or the organizer who imported its file) submits; each organizer on the route approves in
/// turn, county → city → province/ministry; any reviewer may return the record with a reason, and it
/// goes back to the unit to fix and resubmit, starting again from the bottom of the route. The top
/// level's approval is final and issues the 网站标识码. Nothing here touches storage or the clock:
/// the caller passes both in and saves the outcome.
/// </summary>
public static class ReviewWorkflow
{
    /// <summary>Longest 退回原因 accepted.</summary>
    public const int MaxReasonLength = 500;

    public static ReviewOutcome Apply(
        int websiteId,
        ReviewStatus current,
        ReviewRoute route,
        ReviewAction action,
        ReviewActor actor,
        DateTimeOffset now,
        string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(actor);

        return action switch
        {
            ReviewAction.Submit => Submit(websiteId, current, route, actor, now, CensusStatus.NotSubmitted, action),
            ReviewAction.Resubmit => Submit(websiteId, current, route, actor, now, CensusStatus.Returned, action),
            ReviewAction.Approve => Approve(websiteId, current, route, actor, now),
            ReviewAction.Return => Return(websiteId, current, route, actor, now, reason),
            // 变更 is written by the registry when an approved record is changed (RegistryEditRule), never asked for.
            ReviewAction.Change => ReviewOutcome.Refused(current, "“变更”在修改已审核通过的网站信息时自动记录，不是审核操作。"),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may edit the record's forms now: the unit (or the organizer who
    /// imported for it) before submission and after a return; the reviewer whose turn it is (编辑) while pending.
    /// Nobody once approved: changes after that are a new submission's business.
    /// </summary>
    public static bool CanEdit(ReviewStatus current, ReviewRoute route, ReviewActor actor) => current.State switch
    {
        CensusStatus.NotSubmitted or CensusStatus.Returned => IsSubmitter(route, actor),
        CensusStatus.PendingReview => IsReviewerNow(current, route, actor),
        _ => false,
    };

    private static ReviewOutcome Submit(
        int websiteId, ReviewStatus current, ReviewRoute route, ReviewActor actor, DateTimeOffset now,
        CensusStatus requiredState, ReviewAction action)
    {
        if (current.State != requiredState)
        {
            return ReviewOutcome.Refused(current, requiredState == CensusStatus.NotSubmitted
                ? $"该记录状态为“{WebsiteLabels.Of(current.State)}”，不能提交；退回的记录请使用重新提交。"
                : $"只有被退回的记录才能重新提交，该记录状态为“{WebsiteLabels.Of(current.State)}”。");
        }

        if (!IsSubmitter(route, actor))
        {
            return ReviewOutcome.Refused(current, "只有填报单位或其本级组织单位可以提交该记录。");
        }

        var next = new ReviewStatus(CensusStatus.PendingReview, 0);
        return ReviewOutcome.Done(next, Entry(websiteId, action, current, next, actor, route, now, ""), false);
    }

    private static ReviewOutcome Approve(
        int websiteId, ReviewStatus current, ReviewRoute route, ReviewActor actor, DateTimeOffset now)
    {
        var refusal = CheckReviewer(current, route, actor, "审核");
        if (refusal is not null)
        {
            return ReviewOutcome.Refused(current, refusal);
        }

        var final = route.IsFinal(current.Step);
        var next = final
            ? new ReviewStatus(CensusStatus.Approved, current.Step)
            : new ReviewStatus(CensusStatus.PendingReview, current.Step + 1);
        return ReviewOutcome.Done(next, Entry(websiteId, ReviewAction.Approve, current, next, actor, route, now, ""), final);
    }

    private static ReviewOutcome Return(
        int websiteId, ReviewStatus current, ReviewRoute route, ReviewActor actor, DateTimeOffset now, string? reason)
    {
        var refusal = CheckReviewer(current, route, actor, "退回");
        if (refusal is not null)
        {
            return ReviewOutcome.Refused(current, refusal);
        }

        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return ReviewOutcome.Refused(current, "退回时须填写退回原因。");
        }

        if (trimmed.Length > MaxReasonLength)
        {
            return ReviewOutcome.Refused(current, $"退回原因不能超过{MaxReasonLength}个字。");
        }

        var next = new ReviewStatus(CensusStatus.Returned, current.Step);
        return ReviewOutcome.Done(next, Entry(websiteId, ReviewAction.Return, current, next, actor, route, now, trimmed), false);
    }

    private static string? CheckReviewer(ReviewStatus current, ReviewRoute route, ReviewActor actor, string verb)
    {
        if (current.State != CensusStatus.PendingReview)
        {
            return $"该记录状态为“{WebsiteLabels.Of(current.State)}”，不能{verb}。";
        }

        if (current.Step < 0 || current.Step >= route.Count)
        {
            return "该记录的审核路径已变更，请退回填报单位后重新提交。";
        }

        if (!IsReviewerNow(current, route, actor))
        {
            return $"该记录正等待{ReviewLabels.Of(route[current.Step].Level)}组织单位审核，您不能{verb}。";
        }

        return null;
    }

    private static bool IsSubmitter(ReviewRoute route, ReviewActor actor) =>
        actor.IsReportingUnit || route[0].OrganizationId == actor.OrganizationId;

    private static bool IsReviewerNow(ReviewStatus current, ReviewRoute route, ReviewActor actor) =>
        !actor.IsReportingUnit
        && current.Step >= 0 && current.Step < route.Count
        && route[current.Step].OrganizationId == actor.OrganizationId;

    private static ReviewHistoryEntry Entry(
        int websiteId, ReviewAction action, ReviewStatus from, ReviewStatus to, ReviewActor actor,
        ReviewRoute route, DateTimeOffset now, string reason)
    {
        var index = actor.IsReportingUnit ? -1 : route.IndexOf(actor.OrganizationId);
        return new ReviewHistoryEntry
        {
            WebsiteId = websiteId,
            Action = action,
            FromState = from.State,
            ToState = to.State,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            ActorOrganizationId = actor.OrganizationId,
            Level = index >= 0 ? route[index].Level : null,
            At = now.UtcDateTime,
            Reason = reason,
        };
    }
}
