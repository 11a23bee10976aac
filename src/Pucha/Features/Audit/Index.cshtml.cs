using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Pucha.Features.Audit;
using Pucha.Common;
using Pucha.Core.Audit;

namespace Pucha.Features.Audit;

/// <summary>审计日志 of the caller's subtree, newest first, filtered by date range, action and user.</summary>
public sealed class IndexModel(AuditLog log, TimeProvider clock) : PageModel
{
    public PagedList<AuditEntry> Entries { get; private set; } = new([], 0, 1, 50);
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public AuditAction? Action { get; private set; }
    public string? UserName { get; private set; }

    public async Task OnGetAsync(DateOnly? from, DateOnly? to, string? action, string? user, [FromQuery(Name = "page")] int? page, CancellationToken cancellation)
    {
        (From, To, UserName) = (from, to, user);
        Action = Enum.TryParse<AuditAction>(action, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        // Dates are the server's local calendar days; 'to' includes the whole day.
        var zone = clock.LocalTimeZone;
        DateTimeOffset? Start(DateOnly? day) => day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(d.ToDateTime(TimeOnly.MinValue))) : null;
        Entries = await log.ListAsync(new AuditQuery(Start(from), Start(to?.AddDays(1)), Action, user, page, 50), cancellation);
    }

    public string PageLink(int page) => QueryHelpers.AddQueryString("/Audit", new Dictionary<string, string?>
    {
        ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["action"] = Action?.ToString(),
        ["user"] = UserName, ["page"] = page.ToString(),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    public string EntityLabel(string entityType) => entityType switch
    {
        "Website" => "网站",
        "WebsiteColumn" => "栏目",
        "Organization" => "单位",
        "UserAccount" => "账号",
        _ => entityType,
    };
}
