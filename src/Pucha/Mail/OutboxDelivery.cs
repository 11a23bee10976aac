using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pucha.Data;
using Pucha.Data.Mail;

namespace Pucha.Mail;

/// <summary>
/// One round of the outbox: take the due messages, claim each (a conditional UPDATE, so two platform
/// instances never send the same one), open its sealed body, send it, and record the outcome — sent
/// (body erased), refused for good (5xx, body erased), or failed for now with the error and the next
/// try after an exponential back-off.
/// </summary>
public sealed class OutboxDelivery(PuchaDbContext context, SmtpSender sender, OutboxOptions options, TimeProvider clock)
{
    /// <summary>Returns how many messages were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await context.Set<OutboxMessage>()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            var claimedUntil = now + options.ClaimDuration;
            var claimed = await context.Set<OutboxMessage>()
                .Where(m => m.Id == message.Id && m.Status == OutboxStatus.Pending && m.NextAttemptAt == message.NextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, claimedUntil), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            message.Attempts++;
            try
            {
                await sender.SendAsync(message.Recipients, message.Subject, OpenBody(message), cancellationToken);
                message.Status = OutboxStatus.Sent;
                message.SentAt = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
                // Subject, recipients, times and attempts stay for the administrators; the body (sealed, but
                // perhaps with a 校验码 inside) has no use once delivered.
                message.Body = "";
                sent++;
            }
            catch (SmtpDeliveryException e)
            {
                message.LastError = Clip(e.Message);
                if (e.IsPermanent)
                {
                    message.Status = OutboxStatus.Rejected;
                    message.Body = "";
                }
                else
                {
                    message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + RetryDelay(message.Attempts);
                }
            }
            catch (CryptographicException)
            {
                // Another node wrote it with a different key (a configuration error): keep it, say so, try again later.
                message.LastError = "邮件正文无法解密：本节点的发件箱密钥与写入该邮件的节点不同（Mail:Outbox:KeyFile / Mail:Outbox:Key）。";
                message.NextAttemptAt = clock.GetUtcNow().UtcDateTime + RetryDelay(message.Attempts);
            }

            // The claim moved NextAttemptAt in the database; write this attempt's outcome over it.
            context.Entry(message).Property(m => m.NextAttemptAt).IsModified = true;
            await context.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    // Only here is a sealed body opened, just before it goes to the SMTP server.
    private string OpenBody(OutboxMessage message) =>
        OutboxBodyCipher.IsSealed(message.Body)
            ? (context.OutboxCipher ?? throw new CryptographicException("no outbox key")).Open(message.Body, message.To)
            : message.Body;

    /// <summary>FirstRetryDelay × 2^(attempts−1), at most MaxRetryDelay.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.FirstRetryDelay.Ticks * factor, options.MaxRetryDelay.Ticks));
        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }

    private static string Clip(string text) => text.Length <= 1000 ? text : text[..1000];
}
