using Microsoft.EntityFrameworkCore;
using Pucha.Core.Alerts;
using Pucha.Data;
using Pucha.Data.Alerts;
using Pucha.Data.Mail;

namespace Pucha.Features.Alerts;

/// <summary>
/// One round of alert delivery: take the due deliveries (their quiet hours over, their back-off
/// waited), claim each with a conditional UPDATE so two workers never send the same one, and send:
/// e-mail by putting it in the mail outbox (which has its own retries), webhooks by posting to the
/// robot. A failed attempt is retried with exponential back-off up to <see cref="AlertOptions.MaxAttempts"/>,
/// then marked failed; the last error is kept either way and shown on the alert settings page.
/// </summary>
public sealed class AlertDispatcher(PuchaDbContext context, RobotWebhook webhook, AlertOptions options, TimeProvider clock)
{
    /// <summary>While one worker sends a delivery, others leave it alone this long (longer than any webhook time-out).</summary>
    public static readonly TimeSpan ClaimDuration = TimeSpan.FromMinutes(2);

    /// <summary>Returns how many deliveries were sent this round.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await context.Set<AlertDelivery>()
            .Where(d => d.Status == AlertDeliveryStatus.Pending && d.NextAttemptUtc <= now)
            .OrderBy(d => d.NextAttemptUtc).ThenBy(d => d.Id)
            .Take(options.DeliveryBatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var delivery in due)
        {
            var claimedUntil = now + ClaimDuration;
            var claimed = await context.Set<AlertDelivery>()
                .Where(d => d.Id == delivery.Id && d.Status == AlertDeliveryStatus.Pending && d.NextAttemptUtc == delivery.NextAttemptUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptUtc, claimedUntil), cancellationToken);
            if (claimed == 0)
                continue; // another worker has it

            var alert = await context.Set<Alert>().AsNoTracking().SingleAsync(a => a.Id == delivery.AlertId, cancellationToken);
            var subscription = await context.Set<AlertSubscription>().AsNoTracking().SingleAsync(s => s.Id == delivery.SubscriptionId, cancellationToken);
            delivery.Attempts++;
            try
            {
                if (subscription.Channel == AlertChannel.Email)
                    Enqueue(alert, subscription, now);
                else
                    await webhook.SendAsync(subscription.Channel, subscription.Target, subscription.Secret, alert.Subject, alert.Body, cancellationToken);
                delivery.Status = AlertDeliveryStatus.Sent;
                delivery.SentUtc = clock.GetUtcNow().UtcDateTime;
                delivery.LastError = null;
                sent++;
            }
            catch (WebhookDeliveryException e)
            {
                delivery.LastError = e.Message.Length <= AlertDelivery.MaxErrorLength ? e.Message : e.Message[..AlertDelivery.MaxErrorLength];
                if (delivery.Attempts >= options.MaxAttempts)
                    delivery.Status = AlertDeliveryStatus.Failed;
                else
                    delivery.NextAttemptUtc = clock.GetUtcNow().UtcDateTime + options.RetryDelay(delivery.Attempts);
            }

            // The claim moved NextAttemptUtc in the database; this attempt's outcome is written over it.
            context.Entry(delivery).Property(d => d.NextAttemptUtc).IsModified = true;
            await context.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    // Saved with the delivery's outcome: the mail is in the outbox exactly when the delivery says sent.
    private void Enqueue(Alert alert, AlertSubscription subscription, DateTime now) =>
        context.Set<OutboxMessage>().Add(new OutboxMessage
        {
            To = subscription.Target,
            Subject = alert.Subject,
            Body = MarkdownText.ToPlain(alert.Body) + "\n\n（本邮件由政府网站普查与监管平台自动发送，订阅：" + subscription.Name + "）",
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
        });
}
