using Microsoft.EntityFrameworkCore;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core.Audit;
using Pucha.Data;

namespace Pucha.Features.Audit;

/// <summary>Reads the audit log (审计日志) of the caller's subtree.</summary>
public sealed class AuditLog(PuchaDbContext db, AccessScope scope)
{
    public async Task<PagedList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellation)
    {
        var entries = scope.AuditEntries(db.AuditEntries.AsNoTracking());
        if (query.From is { } from)
            entries = entries.Where(e => e.OccurredAt >= from);
        if (query.To is { } to)
            entries = entries.Where(e => e.OccurredAt < to);
        if (query.Action is { } action)
            entries = entries.Where(e => e.Action == action);
        if (query.User?.Trim() is { Length: > 0 and <= 64 } user)
            entries = entries.Where(e => e.ActorName.Contains(user));

        var (page, size) = Paging.Clamp(query.Page, query.PageSize ?? 50);
        var total = await entries.CountAsync(cancellation);
        var items = await entries.OrderByDescending(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellation);
        return new PagedList<AuditEntry>(items, total, page, size);
    }
}

/// <summary>Filters of the audit log: time range [From, To), action, part of the user name.</summary>
public sealed record AuditQuery(DateTimeOffset? From, DateTimeOffset? To, AuditAction? Action, string? User, int? Page, int? PageSize);

public static class AuditFeature
{
    public static IServiceCollection AddAuditFeature(this IServiceCollection services) => services.AddScoped<AuditLog>();
}
