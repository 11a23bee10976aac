using Microsoft.EntityFrameworkCore;
using Pucha.Core.Alerts;
using Pucha.Core.Organizations;

namespace Pucha.Data.Alerts;

/// <summary>
/// Raises alerts exactly once per (site, kind, episode) and fans each out to the subscriptions that
/// want it. The alert and its deliveries are written in one transaction, and the alert is an
/// <c>INSERT … ON CONFLICT DO NOTHING</c> on its unique key: two evaluators racing on PostgreSQL meet
/// on the key (the second waits for the first to commit, then inserts nothing), so only the winner
/// creates deliveries.
/// </summary>
public sealed class AlertStore(PuchaDbContext context)
{
    /// <summary>Raises the alert unless its episode was already raised; true when this call raised it.</summary>
    public async Task<bool> RaiseAsync(AlertDraft draft, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        if (nowUtc.Kind != DateTimeKind.Utc)
            throw new ArgumentException("时间必须是 UTC。", nameof(nowUtc));
        if (!AlertKindRules.Each.Contains(draft.Kind))
            throw new ArgumentOutOfRangeException(nameof(draft), draft.Kind, "告警类型必须是单一类型。");
        var episode = Bound(draft.EpisodeKey, Alert.MaxEpisodeLength);
        var subject = Bound(draft.Subject, Alert.MaxSubjectLength);
        var body = Bound(draft.Body, Alert.MaxBodyLength);
        var kind = (int)draft.Kind;

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var inserted = await context.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "Alerts" ("SiteId", "Kind", "EpisodeKey", "RaisedUtc", "Subject", "Body")
            VALUES ({draft.SiteId}, {kind}, {episode}, {nowUtc}, {subject}, {body})
            ON CONFLICT ("SiteId", "Kind", "EpisodeKey") DO NOTHING
            """, cancellationToken);
        if (inserted == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        var alertId = await context.Set<Alert>().Where(a => a.SiteId == draft.SiteId && a.Kind == draft.Kind && a.EpisodeKey == episode)
            .Select(a => a.Id).SingleAsync(cancellationToken);
        var sitePath = await context.Websites.Where(w => w.Id == draft.SiteId).Select(w => w.OrganizationPath).SingleAsync(cancellationToken);
        foreach (var subscription in await SubscribersAsync(draft.Kind, sitePath, cancellationToken))
        {
            context.Set<AlertDelivery>().Add(new AlertDelivery
            {
                AlertId = alertId,
                SubscriptionId = subscription.Id,
                Status = AlertDeliveryStatus.Pending,
                NextAttemptUtc = subscription.QuietHours.DeliveryTime(nowUtc, AlertKindRules.IsUrgent(draft.Kind)),
            });
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The enabled subscriptions that want <paramref name="kind"/> about a site at <paramref name="sitePath"/>.</summary>
    public async Task<List<AlertSubscription>> SubscribersAsync(AlertKinds kind, string sitePath, CancellationToken cancellationToken = default)
    {
        // Few rows (a handful per organizer): the path test is done here rather than in SQL.
        var enabled = await context.Set<AlertSubscription>().AsNoTracking().Where(s => s.Enabled).ToListAsync(cancellationToken);
        return enabled.Where(s => (s.Kinds & kind) == kind && (s.ScopePath == "/" || OrganizationPath.IsWithin(sitePath, s.ScopePath))).ToList();
    }

    private static string Bound(string text, int max) => text.Length <= max ? text : text[..max];
}
