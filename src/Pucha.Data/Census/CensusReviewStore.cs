using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Audit;
using Pucha.Core.Census;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data.Mail;

namespace Pucha.Data.Census;

/// <summary>
/// Carries out review actions on stored websites: loads the record and its route, asks
/// <see cref="ReviewWorkflow"/>, and saves the new state, the history entry, the audit entry and —
/// on the final approval — the 网站标识码, the 校验码 hash and the notification mail, all in one
/// transaction. The caller passes the <see cref="Website.Version"/> it showed the user: if anyone
/// changed the record since, nothing is saved and the user is told to reload.
/// </summary>
public sealed class CensusReviewStore(PuchaDbContext context, CensusOptions? options = null)
{
    public const string ConcurrencyMessage = "该记录已被他人修改，请刷新后重试。";

    private readonly CensusOptions _options = options ?? new CensusOptions();

    public async Task<Outcome<ReviewReceipt>> ApplyAsync(
        int websiteId, int expectedVersion, ReviewAction action, ReviewActor actor, string? reason = null,
        CancellationToken cancellationToken = default)
    {
        var strategy = context.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            var website = await context.Websites.SingleOrDefaultAsync(w => w.Id == websiteId, cancellationToken);
            if (website is null)
            {
                return Outcome<ReviewReceipt>.NotFound("网站记录不存在。");
            }

            if (website.Version != expectedVersion)
            {
                return Outcome<ReviewReceipt>.Conflict(ConcurrencyMessage);
            }

            var route = await RouteOfAsync(website, cancellationToken);
            if (route is null)
            {
                return Outcome<ReviewReceipt>.Conflict("该网站的填报单位未挂接到省级或部委组织单位之下，无法审核，请联系上级单位调整单位层级。");
            }

            var review = await context.Set<CensusReview>().SingleOrDefaultAsync(r => r.WebsiteId == websiteId, cancellationToken);
            if (review is null)
            {
                review = new CensusReview { WebsiteId = websiteId };
                context.Add(review);
            }

            var now = context.Clock.GetUtcNow();
            var outcome = ReviewWorkflow.Apply(websiteId, new ReviewStatus(website.Status, review.Step), route, action, actor, now, reason);
            if (!outcome.Succeeded)
            {
                // Read committed: another reviewer's action may have committed between reading the website and
                // its review row, so the refusal was judged on a newer state than the one the caller saw.
                var latest = await context.Websites.AsNoTracking().Where(w => w.Id == websiteId).Select(w => w.Version).SingleAsync(cancellationToken);
                return Outcome<ReviewReceipt>.Conflict(latest != expectedVersion ? ConcurrencyMessage : outcome.Error!);
            }

            website.Status = outcome.Status.State;
            // An approval below the top level leaves the state 未审核 and changes only the review row: the
            // website row is still written (its version goes up), so every action — not just those that
            // change the state — is checked against the version the reviewer saw, and two at once cannot both pass.
            context.Entry(website).Property(w => w.Version).IsModified = true;
            review.Step = outcome.Status.Step;
            review.PendingOrganizationId = outcome.Status.State == CensusStatus.PendingReview
                ? route[outcome.Status.Step].OrganizationId
                : null;
            context.Add(outcome.Entry!);
            context.AddAuditEntry(AuditActionOf(action), nameof(Website), websiteId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                website.OrganizationPath, outcome.Entry!.Reason.Length > 0 ? "退回原因：" + outcome.Entry.Reason : null);

            if (outcome.IssuesIdentifier)
            {
                await IssueCodesAsync(website, review, route, now.UtcDateTime, resent: false, cancellationToken);
            }

            // Version is a concurrency token: the UPDATE matches only the version read above.
            try
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome<ReviewReceipt>.Conflict(ConcurrencyMessage);
            }

            await transaction.CommitAsync(cancellationToken);
            return Outcome<ReviewReceipt>.Ok(new ReviewReceipt(website.Version, outcome.IssuesIdentifier ? website.SiteCode : null));
        });
    }

    /// <summary>
    /// 标识码找回: a new 校验码 (the old one is only stored hashed and cannot be sent again) mailed with
    /// the 网站标识码 to the 负责人 and 联系人. False when the site has no identifier yet.
    /// </summary>
    public async Task<bool> ResendCodesAsync(int websiteId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var website = await context.Websites.SingleOrDefaultAsync(w => w.Id == websiteId, cancellationToken);
        var review = await context.Set<CensusReview>().SingleOrDefaultAsync(r => r.WebsiteId == websiteId, cancellationToken);
        if (website?.SiteCode is null || review is null)
        {
            return false;
        }

        EnqueueCodes(website, review, context.Clock.GetUtcNow().UtcDateTime, resent: true);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The registry's check before an edit of <paramref name="website"/>'s forms (<see cref="RegistryEditRule"/>).
    /// With <paramref name="apply"/> and a 审核通过 record, the tracked website goes back to 未提交 with a
    /// 变更 history entry, saved by the caller's SaveChanges together with the edit itself (whose version
    /// check also guards the state read here).
    /// </summary>
    public async Task<RegistryEditDecision> GuardEditAsync(Website website, ReviewActor? actor, bool apply, CancellationToken cancellationToken = default)
    {
        if (website.Status is CensusStatus.NotSubmitted or CensusStatus.Returned)
        {
            return RegistryEditRule.Decide(new ReviewStatus(website.Status, 0), null, actor);
        }

        var review = await context.Set<CensusReview>().SingleOrDefaultAsync(r => r.WebsiteId == website.Id, cancellationToken);
        var route = await RouteOfAsync(website, cancellationToken);
        var current = new ReviewStatus(website.Status, review?.Step ?? 0);
        var decision = RegistryEditRule.Decide(current, route, actor);
        if (decision.Kind != RegistryEditKind.Reopens || !apply || actor is null)
        {
            return decision;
        }

        website.Status = CensusStatus.NotSubmitted;
        if (review is not null)
        {
            review.Step = 0;
            review.PendingOrganizationId = null;
        }

        var index = route?.IndexOf(actor.OrganizationId) ?? -1;
        context.Add(new ReviewHistoryEntry
        {
            WebsiteId = website.Id,
            Action = ReviewAction.Change,
            FromState = current.State,
            ToState = CensusStatus.NotSubmitted,
            ActorUserId = actor.UserId,
            ActorName = actor.Name,
            ActorOrganizationId = actor.OrganizationId,
            Level = index >= 0 && !actor.IsReportingUnit ? route![index].Level : null,
            At = context.Clock.GetUtcNow().UtcDateTime,
        });
        return decision;
    }

    /// <summary>The self-check log-in: true when <paramref name="checkCode"/> belongs to the site with <paramref name="siteCode"/>.</summary>
    public async Task<int?> VerifyAsync(string siteCode, string checkCode, CancellationToken cancellationToken = default)
    {
        var code = siteCode.Trim();
        if (!SiteCodes.IsWellFormed(code))
        {
            return null;
        }

        var row = await context.Websites.Where(w => w.SiteCode == code)
            .Join(context.Set<CensusReview>(), w => w.Id, r => r.WebsiteId, (w, r) => new { w.Id, r.CheckCodeHash })
            .SingleOrDefaultAsync(cancellationToken);
        return row is not null && CheckCodeHasher.Verify(checkCode, row.CheckCodeHash) ? row.Id : null;
    }

    /// <summary>The organizers above the website's unit, lowest first, as a route; null when the tree has no issuer above it.</summary>
    public async Task<ReviewRoute?> RouteOfAsync(Website website, CancellationToken cancellationToken = default)
    {
        var ids = OrganizationPath.Ids(website.OrganizationPath);
        var organizations = await context.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var ancestors = ids.Reverse().Where(id => id != website.OrganizationId && organizations.ContainsKey(id)).Select(id => organizations[id]);
        return ReviewRoutes.From(ancestors);
    }

    private async Task IssueCodesAsync(Website website, CensusReview review, ReviewRoute route, DateTime now, bool resent, CancellationToken cancellationToken)
    {
        var issuer = await context.Organizations.AsNoTracking().SingleAsync(o => o.Id == route[route.Count - 1].OrganizationId, cancellationToken);
        var unitRegion = await context.Organizations.Where(o => o.Id == website.OrganizationId).Select(o => o.RegionCode).SingleOrDefaultAsync(cancellationToken);
        if (website.SiteCode is null)
        {
            var prefix = ReviewRoutes.IdentifierPrefix(issuer, website.RegionCode, unitRegion);
            website.SiteCode = await SiteIdentifierAllocator.NextAsync(context, prefix, cancellationToken);
        }

        EnqueueCodes(website, review, now, resent);
    }

    private void EnqueueCodes(Website website, CensusReview review, DateTime now, bool resent)
    {
        var checkCode = CheckCode.Generate();
        review.CheckCodeHash = CheckCodeHasher.Hash(checkCode, _options.CheckCodeHashIterations);
        review.CodeIssuedAt = now;
        var recipients = SiteCodeNotification.Recipients(website);
        if (recipients.Count == 0)
        {
            return;
        }

        context.Add(new OutboxMessage
        {
            To = string.Join(',', recipients),
            Subject = SiteCodeNotification.Subject(website),
            Body = SiteCodeNotification.Body(website, checkCode, resent),
            EraseBodyWhenSent = true,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    private static AuditAction AuditActionOf(ReviewAction action) => action switch
    {
        ReviewAction.Submit or ReviewAction.Resubmit => AuditAction.Submit,
        ReviewAction.Approve => AuditAction.Approve,
        ReviewAction.Return => AuditAction.Return,
        _ => AuditAction.Update,
    };
}
