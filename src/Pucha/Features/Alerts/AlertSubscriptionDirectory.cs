using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Audit;
using Pucha.Data;
using Pucha.Data.Alerts;

namespace Pucha.Features.Alerts;

/// <summary>
/// An organizer's alert subscriptions: its own only (another unit's id finds nothing), audited.
/// A subscription covers the organizer's whole subtree; a platform administrator's the whole tree.
/// Reporting units have none.
/// </summary>
public sealed class AlertSubscriptionDirectory(PuchaDbContext context, AccessScope scope, TimeProvider clock)
{
    public const int RecentDeliveries = 50;

    /// <summary>A delivery as the settings page lists it.</summary>
    public sealed record DeliveryLine(long Id, string Subscription, string Subject, DateTime RaisedUtc, AlertDeliveryStatus Status, int Attempts,
        DateTime NextAttemptUtc, DateTime? SentUtc, string? LastError);

    public bool MayUse => scope.CanManageUnits && (scope.IsAdministrator || scope.OrganizationId is not null);

    public Task<List<AlertSubscription>> ListAsync(CancellationToken cancellationToken) =>
        Own().OrderBy(s => s.Id).ToListAsync(cancellationToken);

    /// <summary>The latest deliveries of the caller's subscriptions, failures included, newest first.</summary>
    public async Task<List<DeliveryLine>> RecentDeliveriesAsync(CancellationToken cancellationToken)
    {
        var own = Own();
        return await (
                from d in context.Set<AlertDelivery>().AsNoTracking()
                join s in own on d.SubscriptionId equals s.Id
                join a in context.Set<Alert>().AsNoTracking() on d.AlertId equals a.Id
                orderby d.Id descending
                select new DeliveryLine(d.Id, s.Name, a.Subject, a.RaisedUtc, d.Status, d.Attempts, d.NextAttemptUtc, d.SentUtc, d.LastError))
            .Take(RecentDeliveries)
            .ToListAsync(cancellationToken);
    }

    public async Task<Outcome<AlertSubscription>> CreateAsync(AlertSubscriptionInput input, CancellationToken cancellationToken)
    {
        if (!MayUse)
            return Outcome<AlertSubscription>.Forbidden("填报单位不能设置告警订阅。");
        var errors = input.Validate();
        if (errors.Count > 0)
            return Outcome<AlertSubscription>.Invalid(errors);
        var subscription = input.ToSubscription(scope.OrganizationId, scope.RootPath ?? "/", clock.GetUtcNow().UtcDateTime);
        context.Add(subscription);
        await context.SaveChangesAsync(cancellationToken);
        context.AddAuditEntry(AuditAction.Create, nameof(AlertSubscription), subscription.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            subscription.ScopePath, $"告警订阅「{subscription.Name}」：{subscription.Channel}");
        await context.SaveChangesAsync(cancellationToken);
        return Outcome<AlertSubscription>.Ok(subscription);
    }

    public async Task<Outcome<AlertSubscription>> SetEnabledAsync(int id, bool enabled, CancellationToken cancellationToken)
    {
        var subscription = await Own().AsTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null)
            return Outcome<AlertSubscription>.NotFound();
        subscription.Enabled = enabled;
        context.AddAuditEntry(AuditAction.Update, nameof(AlertSubscription), id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            subscription.ScopePath, $"告警订阅「{subscription.Name}」{(enabled ? "启用" : "停用")}");
        await context.SaveChangesAsync(cancellationToken);
        return Outcome<AlertSubscription>.Ok(subscription);
    }

    public async Task<Outcome<AlertSubscription>> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var subscription = await Own().AsTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (subscription is null)
            return Outcome<AlertSubscription>.NotFound();
        context.Remove(subscription);
        context.AddAuditEntry(AuditAction.Delete, nameof(AlertSubscription), id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            subscription.ScopePath, $"告警订阅「{subscription.Name}」");
        await context.SaveChangesAsync(cancellationToken);
        return Outcome<AlertSubscription>.Ok(subscription);
    }

    // The caller's own subscriptions: its unit's, or (an administrator) those with no unit.
    private IQueryable<AlertSubscription> Own()
    {
        var all = context.Set<AlertSubscription>().AsNoTracking();
        if (!MayUse)
            return all.Where(_ => false);
        var organizationId = scope.OrganizationId;
        return organizationId is null ? all.Where(s => s.OrganizationId == null) : all.Where(s => s.OrganizationId == organizationId);
    }
}
