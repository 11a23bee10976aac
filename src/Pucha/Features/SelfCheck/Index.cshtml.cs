using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Authorization;
using Pucha.Common;
using Pucha.Core;
using Pucha.Core.Audit;
using Pucha.Data;
using Pucha.Data.Census;
using Pucha.Features.ScoreSheets;

namespace Pucha.Features.SelfCheck;

/// <summary>
/// 自查: the reporting unit opens its site's self-check sheet with 网站标识码 + 校验码 (no account needed),
/// or logged in (/SelfCheck?site=ID), fills it, saves and submits. A submitted sheet is shown read-only
/// and every attempt to change it is refused and audited. Failed code checks are rate-limited.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(
    PuchaDbContext db,
    ScoreSheetService sheets,
    SelfCheckThrottle throttle,
    SelfCheckAccess access,
    AccessScope scope) : PageModel
{
    [BindProperty]
    public string? SiteCode { get; set; }

    [BindProperty]
    public string? CheckCode { get; set; }

    [BindProperty]
    public string? Ticket { get; set; }

    [BindProperty]
    public List<SheetEntryInput> Entries { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public string? Problem { get; private set; }

    public SheetForm? Form { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? site, CancellationToken cancellation)
    {
        if (site is null)
            return Page();
        if (!(User.Identity?.IsAuthenticated ?? false))
            return Challenge();
        if (!scope.IsReportingUnit || await sheets.FindSiteAsync(site.Value, cancellation) is null)
            return NotFound();
        await ShowAsync(site.Value, ticket: null, errors: null, cancellation);
        return Page();
    }

    /// <summary>打开自查表: verifies the codes.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellation)
    {
        var code = (SiteCode ?? "").Trim();
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await throttle.IsBlockedAsync(client, code, cancellation))
        {
            Problem = $"校验失败次数过多，请{SelfCheckThrottle.Window.TotalMinutes:0}分钟后再试。";
            return Page();
        }
        if (code.Length == 0 || string.IsNullOrWhiteSpace(CheckCode))
        {
            Problem = "请填写网站标识码和校验码。";
            return Page();
        }

        var siteId = await new CensusReviewStore(db).VerifyAsync(code, CheckCode, cancellation);
        if (siteId is null)
        {
            await throttle.RecordFailureAsync(client, code, cancellation);
            db.AddAuditEntry(AuditAction.LoginFailed, "SelfCheck", detail: $"自查校验失败：网站标识码 {Bound(code)}，来源 {client}");
            await db.SaveChangesAsync(cancellation);
            Problem = "网站标识码或校验码不正确。";
            return Page();
        }

        await ShowAsync(siteId.Value, access.Issue(siteId.Value), errors: null, cancellation);
        return Page();
    }

    /// <summary>保存 or 提交 (submit = true).</summary>
    public async Task<IActionResult> OnPostSaveAsync(int? site, bool submit, CancellationToken cancellation)
    {
        var (siteId, person) = await CallerAsync(site, cancellation);
        if (siteId is null)
        {
            Problem = "自查表已超时或无效，请重新输入网站标识码和校验码。";
            return Page();
        }

        var current = await sheets.OpenSelfCheckAsync(siteId.Value, person, cancellation);
        var outcome = await sheets.SaveAsync(current, new SheetSaveInput { Entries = Entries, Version = Version, Submit = submit }, person, cancellation);
        var ticket = site is null ? Ticket : null;
        switch (outcome.Kind)
        {
            case OutcomeKind.Ok:
                TempData["Message"] = submit ? "自查表已提交，提交后不能修改。" : "已保存。";
                await ShowAsync(siteId.Value, ticket, errors: null, cancellation);
                return Page();
            case OutcomeKind.Invalid:
                Form = new SheetForm(current, Editable: true, outcome.Errors, ticket);
                Problem = outcome.Message;
                return Page();
            default:
                Problem = outcome.Message;
                await ShowAsync(siteId.Value, ticket, errors: null, cancellation);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }

    private async Task<(int? SiteId, string Person)> CallerAsync(int? site, CancellationToken cancellation)
    {
        if (site is { } id)
        {
            var visible = User.Identity?.IsAuthenticated == true && scope.IsReportingUnit && await sheets.FindSiteAsync(id, cancellation) is not null;
            return (visible ? id : null, User.Identity?.Name ?? "");
        }
        var fromTicket = access.Read(Ticket);
        if (fromTicket is null)
            return (null, "");
        var unit = db.Websites.Where(w => w.Id == fromTicket).Select(w => w.SupervisingUnit).FirstOrDefault() ?? "";
        return (fromTicket, $"{Bound(unit)}（凭网站标识码）");
    }

    private async Task ShowAsync(int siteId, string? ticket, IReadOnlyDictionary<string, string>? errors, CancellationToken cancellation)
    {
        var person = User.Identity?.IsAuthenticated == true ? User.Identity.Name ?? "" : "填报单位";
        var view = await sheets.OpenSelfCheckAsync(siteId, person, cancellation);
        Version = view.Sheet.Version;
        Form = new SheetForm(view, Editable: !view.IsSubmitted, errors ?? new Dictionary<string, string>(), ticket);
    }

    private static string Bound(string text) => text.Length <= 60 ? text : text[..60];
}
